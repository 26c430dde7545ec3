using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using WooPS.FakeStore.Php;
using static WooPS.FakeStore.Catalog.BodyFields;

namespace WooPS.FakeStore.Catalog;

/// <summary>
/// Merges the writable fields of a WooCommerce product or variation request body into it the way
/// the controllers' prepare_object_for_database and WC_Product's setters do, without
/// the schema's checks (a batch item skips them, capture 53): fields the body does not name keep
/// their values, fields this store does not model are ignored.
/// </summary>
internal static class ProductPatch
{
    /// <summary>What set_catalog_visibility accepts; anything else throws product_invalid_catalog_visibility.</summary>
    public static readonly string[] CatalogVisibilities = ["visible", "catalog", "search", "hidden"];

    private static readonly string[] Types = ["simple", "grouped", "external", "variable"];

    // The post statuses WordPress registers that a product may take; any other becomes a draft.
    private static readonly string[] Statuses = ["draft", "pending", "private", "publish", "future", "auto-draft", "trash"];

    /// <param name="modified">Now, site time: the product's new modification date.</param>
    /// <param name="newMetaId">Hands out the id of each custom field the body adds.</param>
    public static Product Apply(Product product, JsonObject changes, DateTime modified, Func<long> newMetaId)
    {
        string name = Text(changes, "name") ?? product.Name;
        return ApplyShared(product with
        {
            Name = name,
            Slug = Text(changes, "slug") ?? (product.Slug.Length == 0 ? CatalogSeeder.Slug(name) : product.Slug),
            // An unknown type makes a simple product; an unknown status a draft (capture 53).
            Type = Text(changes, "type") is string type ? (Types.Contains(type) ? type : "simple") : product.Type,
            CatalogVisibility = RequestedCatalogVisibility(changes) ?? product.CatalogVisibility,
            ShortDescription = Text(changes, "short_description") ?? product.ShortDescription,
        }, changes, modified, newMetaId);
    }

    /// <summary>
    /// The fields a variation takes (WC_REST_Product_Variations_Controller::prepare_object_for_database):
    /// a product's, less name, slug, type, catalog visibility and short description, plus its
    /// attribute values (<see cref="VariationAttributes"/>), which also name it.
    /// </summary>
    /// <param name="productAttributes">The attributes the variation's product varies by.</param>
    public static Product ApplyToVariation(Product variation, JsonObject changes, DateTime modified, Func<long> newMetaId,
        IReadOnlyList<AttributeChoice> productAttributes)
    {
        IReadOnlyList<AttributeChoice> choices = changes["attributes"] is JsonArray requested
            ? VariationAttributes.Choose(requested, productAttributes)
            : variation.Choices;
        return ApplyShared(variation with { Choices = choices, Name = VariationAttributes.Name(choices) }, changes, modified, newMetaId);
    }

    /// <summary>The fields products and variations both take, set as WC_Product's setters set them.</summary>
    private static Product ApplyShared(Product product, JsonObject changes, DateTime modified, Func<long> newMetaId)
    {
        bool manageStock = Flag(changes, "manage_stock") ?? product.ManageStock;
        int? stockQuantity = manageStock ? StockAmount(changes) ?? product.StockQuantity ?? 0 : null;
        return product with
        {
            Sku = Text(changes, "sku") ?? product.Sku,
            Status = Text(changes, "status") is string status ? (Statuses.Contains(status) ? status : "draft") : product.Status,
            Description = Text(changes, "description") ?? product.Description,
            RegularPrice = Text(changes, "regular_price") ?? product.RegularPrice,
            SalePrice = Text(changes, "sale_price") ?? product.SalePrice,
            DateOnSaleFrom = SaleDate(changes, "date_on_sale_from", product.DateOnSaleFrom),
            DateOnSaleTo = SaleDate(changes, "date_on_sale_to", product.DateOnSaleTo),
            ManageStock = manageStock,
            StockQuantity = stockQuantity,
            // Managed stock decides the status when the product is saved (validate_props, backorders "no").
            StockStatus = manageStock ? (stockQuantity > 0 ? "instock" : "outofstock") : Text(changes, "stock_status") ?? product.StockStatus,
            Weight = Text(changes, "weight") ?? product.Weight,
            MetaData = changes["meta_data"] is JsonArray meta ? MetaData(product.MetaData, meta, newMetaId) : product.MetaData,
            DateModified = modified,
        };
    }

    /// <summary>The SKU the body asks for, if it names one.</summary>
    public static string? RequestedSku(JsonObject changes) => Text(changes, "sku");

    /// <summary>The catalog visibility the body asks for, if it names one (valid or not).</summary>
    public static string? RequestedCatalogVisibility(JsonObject changes) => Text(changes, "catalog_visibility");

    /// <summary>wc_stock_amount: intval, so "abc" is 0 (capture 53).</summary>
    private static int? StockAmount(JsonObject changes) =>
        Text(changes, "stock_quantity") is string quantity ? (int)Math.Clamp(PhpNumbers.IntVal(quantity), int.MinValue, int.MaxValue) : null;

    /// <summary>
    /// date_on_sale_from or date_on_sale_to, site time: "" clears the date (captures 54b, 54c). A
    /// value rest_parse_date cannot read clears it too, where WooCommerce's strtotime reads more
    /// forms. The *_gmt twins are not modelled.
    /// </summary>
    private static DateTime? SaleDate(JsonObject changes, string name, DateTime? current) =>
        Text(changes, name) is string date ? SiteTime.Parse(date) : current;

    /// <summary>
    /// WC_Data::update_meta_data for each item with a key: an item with a known id changes that
    /// field; one without an id replaces the value of the first field with its key (keeping that
    /// field's id, capture 61b) and drops the others with that key; otherwise the field is added
    /// with a new id (capture 61). A null value deletes.
    /// </summary>
    private static IReadOnlyList<ProductMeta> MetaData(IReadOnlyList<ProductMeta> current, JsonArray items, Func<long> newMetaId)
    {
        var fields = current.ToList();
        foreach (JsonObject item in items.OfType<JsonObject>())
        {
            if (Text(item, "key") is not string key)
            {
                continue;
            }
            string? value = StoredValue(item["value"]);
            long id = Text(item, "id") is string given && long.TryParse(given, out long number) ? number : 0;
            int index = id != 0 ? fields.FindIndex(field => field.Id == id) : fields.FindIndex(field => field.Key == key);
            if (index < 0)
            {
                // add_meta_data( $key, $value, true ): unique, so every field with the key goes first.
                fields.RemoveAll(field => field.Key == key);
                if (value is not null)
                {
                    fields.Add(new ProductMeta(newMetaId(), key, value));
                }
                continue;
            }
            if (id == 0)
            {
                long first = fields[index].Id;
                fields.RemoveAll(field => field.Key == key && field.Id != first);
                index = fields.FindIndex(field => field.Id == first);
            }
            if (value is null)
            {
                fields.RemoveAt(index);
            }
            else
            {
                fields[index] = fields[index] with { Key = key, ValueJson = value };
            }
        }
        return fields;
    }

    /// <summary>
    /// The value as it comes back from the database: a scalar as PHP's string of it (true "1",
    /// false ""), an array or object as sent; null for a null value, which deletes the field.
    /// </summary>
    private static string? StoredValue(JsonNode? value) => value switch
    {
        null => null,
        JsonValue scalar => scalar.GetValueKind() switch
        {
            JsonValueKind.True => "\"1\"",
            JsonValueKind.False => "\"\"",
            JsonValueKind.Number => JsonValue.Create(scalar.ToJsonString()).ToJsonString(),
            _ => scalar.ToJsonString(),
        },
        _ => value.ToJsonString(),
    };
}
