using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using WooPS.FakeStore.Catalog;

namespace WooPS.FakeStore.Orders;

/// <summary>
/// wc_reduce_stock_levels and wc_increase_stock_levels, as an order's status change runs them (capture
/// 49b): each line item whose product manages stock moves it by its quantity, the item keeps what it took
/// in its _reduced_stock meta field (capture 48) and gives back exactly that (48b drops the field), and
/// one note lists the changes: "Stock levels reduced: Handmade Tee 030 (RW-SIMPLE-030) 35&amp;rarr;34".
/// Items whose product is gone or manages no stock are left alone.
/// </summary>
internal sealed class OrderStock(ProductCatalog catalog)
{
    private const string ReducedKey = "_reduced_stock";

    /// <summary>The order with its items' stock taken, and the note to add (null when nothing moved).</summary>
    public (Order Order, string? Note) Reduce(Order order, StoreOrders orders)
    {
        var changes = new List<string>();
        var items = order.LineItems.Select(item =>
        {
            if (item.MetaData.Any(meta => meta.Key == ReducedKey) || catalog.AdjustStock(item.StockProductId, -item.Quantity) is not var (before, after))
            {
                return item;
            }
            changes.Add(Change(before, after));
            string quantity = item.Quantity.ToString(CultureInfo.InvariantCulture);
            return item with { MetaData = [.. item.MetaData, OrderItemMeta.Plain(orders.NewItemMetaId(), ReducedKey, quantity)] };
        }).ToList();
        return (order with { LineItems = items }, changes.Count == 0 ? null : "Stock levels reduced: " + string.Join(", ", changes));
    }

    /// <summary>The order with the stock its items took given back, and the note to add (null when nothing moved).</summary>
    public (Order Order, string? Note) Increase(Order order)
    {
        var changes = new List<string>();
        var items = order.LineItems.Select(item =>
        {
            if (item.MetaData.FirstOrDefault(meta => meta.Key == ReducedKey) is not OrderItemMeta reduced)
            {
                return item;
            }
            int quantity = int.TryParse(reduced.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int taken) ? taken : 0;
            if (catalog.AdjustStock(item.StockProductId, quantity) is var (before, after))
            {
                changes.Add(Change(before, after));
            }
            return item with { MetaData = item.MetaData.Where(meta => meta.Key != ReducedKey).ToList() };
        }).ToList();
        return (order with { LineItems = items }, changes.Count == 0 ? null : "Stock levels increased: " + string.Join(", ", changes));
    }

    /// <summary>"Name (SKU) from&amp;rarr;to", as WC_Product::get_formatted_name names it ("#id" without a SKU).</summary>
    private string Change(Product before, Product after)
    {
        string name = before.IsVariation && catalog.ParentOf(before) is Product parent ? $"{parent.Name} - {before.Name}" : before.Name;
        string identifier = before.Sku.Length > 0 ? before.Sku : "#" + before.Id.ToString(CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture, $"{name} ({identifier}) {before.StockQuantity}&rarr;{after.StockQuantity}");
    }
}
