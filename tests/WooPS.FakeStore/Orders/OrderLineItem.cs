using System.Collections.Generic;

namespace WooPS.FakeStore.Orders;

/// <summary>
/// A line_item of an order (WC_Order_Item_Product): the product it names (its parent's id for a
/// variation, with the variation's id), its name, SKU and image as they were, quantity and money
/// (subtotal before discounts, total after), taxes per rate and meta fields.
/// </summary>
internal sealed record OrderLineItem
{
    public long Id { get; init; }

    public string Name { get; init; } = "";

    public long ProductId { get; init; }

    public long VariationId { get; init; }

    public int Quantity { get; init; }

    public string TaxClass { get; init; } = "";

    public decimal Subtotal { get; init; }

    public decimal SubtotalTax { get; init; }

    public decimal Total { get; init; }

    public decimal TotalTax { get; init; }

    public IReadOnlyList<ItemTax> Taxes { get; init; } = [];

    public IReadOnlyList<OrderItemMeta> MetaData { get; init; } = [];

    /// <summary>The product's SKU; null when the product is gone (get_product() fails).</summary>
    public string? Sku { get; init; }

    /// <summary>The variation's product's name, null for a simple product.</summary>
    public string? ParentName { get; init; }

    /// <summary>The product (or variation) whose stock the item moves: the variation's id when there is one.</summary>
    public long StockProductId => VariationId != 0 ? VariationId : ProductId;
}
