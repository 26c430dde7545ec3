using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace WooPS.FakeStore.Catalog;

/// <summary>
/// Merges the writable fields of a WooCommerce product request body into a product; fields the
/// body does not name keep their values, fields this store does not model are ignored.
/// </summary>
internal static class ProductPatch
{
    public static Product Apply(Product product, JsonObject changes, DateTime modified)
    {
        string name = Text(changes, "name") ?? product.Name;
        bool manageStock = Flag(changes, "manage_stock") ?? product.ManageStock;
        return product with
        {
            Name = name,
            Slug = Text(changes, "slug") ?? (product.Slug.Length == 0 ? CatalogSeeder.Slug(name) : product.Slug),
            Type = Text(changes, "type") ?? product.Type,
            Sku = Text(changes, "sku") ?? product.Sku,
            Status = Text(changes, "status") ?? product.Status,
            Description = Text(changes, "description") ?? product.Description,
            ShortDescription = Text(changes, "short_description") ?? product.ShortDescription,
            RegularPrice = Text(changes, "regular_price") ?? product.RegularPrice,
            SalePrice = Text(changes, "sale_price") ?? product.SalePrice,
            ManageStock = manageStock,
            StockQuantity = manageStock ? Integer(changes, "stock_quantity") ?? product.StockQuantity ?? 0 : null,
            StockStatus = Text(changes, "stock_status") ?? product.StockStatus,
            Weight = Text(changes, "weight") ?? product.Weight,
            DateModified = modified,
        };
    }

    /// <summary>The SKU the body asks for, if it names one.</summary>
    public static string? RequestedSku(JsonObject changes) => Text(changes, "sku");

    /// <summary>A string field; numbers are taken as their text, as PHP would.</summary>
    private static string? Text(JsonObject changes, string name) =>
        changes[name] is JsonValue value
            ? value.GetValueKind() switch
            {
                JsonValueKind.String => value.GetValue<string>(),
                JsonValueKind.Number => value.ToJsonString(),
                _ => null,
            }
            : null;

    private static bool? Flag(JsonObject changes, string name) =>
        changes[name] is JsonValue value && value.GetValueKind() is JsonValueKind.True or JsonValueKind.False
            ? value.GetValue<bool>()
            : null;

    private static int? Integer(JsonObject changes, string name) =>
        Text(changes, name) is string text && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int number)
            ? number
            : null;
}
