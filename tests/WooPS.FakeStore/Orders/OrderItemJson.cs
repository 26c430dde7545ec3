using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using WooPS.FakeStore.Php;

namespace WooPS.FakeStore.Orders;

/// <summary>
/// Order items as WC_REST_Orders_V2_Controller::get_order_item_data renders them (captures 26, 47, 66l):
/// the item's own fields in WC_Order_Item's order, subtotal, total and the tax totals with the request's
/// decimals (dp) and the rest as stored (a coupon's "discount":"2.7"), taxes as {id, total, subtotal},
/// meta with display_key and display_value; a line item adds sku, price (total ÷ quantity, a JSON
/// number: 3.2899999999999996 in capture 26), image and parent_name. Refunds' items are rendered alike.
/// </summary>
internal static class OrderItemJson
{
    public static JsonArray LineItems(IEnumerable<OrderLineItem> items, int dp) => Array(items.Select(item => LineItem(item, dp)));

    public static JsonObject LineItem(OrderLineItem item, int dp) => new()
    {
        ["id"] = item.Id,
        ["name"] = item.Name,
        ["product_id"] = item.ProductId,
        ["variation_id"] = item.VariationId,
        ["quantity"] = item.Quantity,
        ["tax_class"] = item.TaxClass,
        ["subtotal"] = WcDecimal.Places(item.Subtotal, dp),
        ["subtotal_tax"] = WcDecimal.Places(item.SubtotalTax, dp),
        ["total"] = WcDecimal.Places(item.Total, dp),
        ["total_tax"] = WcDecimal.Places(item.TotalTax, dp),
        ["taxes"] = Taxes(item.Taxes),
        ["meta_data"] = Meta(item.MetaData),
        ["sku"] = item.Sku,
        // PHP divides the stored total (a string) by the quantity as floats.
        ["price"] = item.Quantity == 0 ? 0 : (double)item.Total / item.Quantity,
        // get_image_id() of a product without an image is "", of a variation 0 (capture 26).
        ["image"] = new JsonObject { ["id"] = item.VariationId != 0 ? JsonValue.Create(0) : JsonValue.Create(""), ["src"] = "" },
        ["parent_name"] = item.ParentName,
    };

    public static JsonArray TaxLines(IEnumerable<OrderTaxLine> lines, int dp) => Array(lines.Select(line => new JsonObject
    {
        ["id"] = line.Id,
        ["rate_code"] = line.RateCode,
        ["rate_id"] = line.RateId,
        ["label"] = line.Label,
        ["compound"] = line.Compound,
        ["tax_total"] = WcDecimal.Places(line.TaxTotal, dp),
        ["shipping_tax_total"] = WcDecimal.Places(line.ShippingTaxTotal, dp),
        ["rate_percent"] = line.RatePercent,
        ["meta_data"] = new JsonArray(),
    }));

    public static JsonArray ShippingLines(IEnumerable<OrderShippingLine> lines, int dp) => Array(lines.Select(line => new JsonObject
    {
        ["id"] = line.Id,
        ["method_title"] = line.MethodTitle,
        ["method_id"] = line.MethodId,
        ["instance_id"] = line.InstanceId,
        ["total"] = WcDecimal.Places(line.Total, dp),
        ["total_tax"] = WcDecimal.Places(line.TotalTax, dp),
        ["taxes"] = Taxes(line.Taxes),
        ["tax_status"] = "taxable",
        ["meta_data"] = new JsonArray(),
    }));

    public static JsonArray FeeLines(IEnumerable<OrderFeeLine> lines, int dp) => Array(lines.Select(line => new JsonObject
    {
        ["id"] = line.Id,
        ["name"] = line.Name,
        ["tax_class"] = "",
        ["tax_status"] = line.TaxStatus,
        ["amount"] = line.Amount,
        ["total"] = WcDecimal.Places(line.Total, dp),
        ["total_tax"] = WcDecimal.Places(line.TotalTax, dp),
        ["taxes"] = Taxes(line.Taxes),
        ["meta_data"] = new JsonArray(),
    }));

    public static JsonArray CouponLines(IEnumerable<OrderCouponLine> lines) => Array(lines.Select(line => new JsonObject
    {
        ["id"] = line.Id,
        ["code"] = line.Code,
        ["discount"] = WcDecimal.Plain(line.Discount),
        ["discount_tax"] = WcDecimal.Plain(line.DiscountTax),
        ["meta_data"] = Meta(line.MetaData),
        ["discount_type"] = line.DiscountType,
        ["nominal_amount"] = (double)line.NominalAmount,
        ["free_shipping"] = line.FreeShipping,
    }));

    /// <summary>{id, total, subtotal} per rate, unrounded; "" for a subtotal the item keeps none of.</summary>
    private static JsonArray Taxes(IEnumerable<ItemTax> taxes) => Array(taxes.Select(tax => new JsonObject
    {
        ["id"] = tax.RateId,
        ["total"] = WcDecimal.Plain(tax.Total),
        ["subtotal"] = tax.Subtotal is decimal subtotal ? WcDecimal.Plain(subtotal) : "",
    }));

    private static JsonArray Meta(IEnumerable<OrderItemMeta> meta) => Array(meta.Select(field => new JsonObject
    {
        ["id"] = field.Id,
        ["key"] = field.Key,
        ["value"] = field.Value,
        ["display_key"] = field.DisplayKey,
        ["display_value"] = field.DisplayValue,
    }));

    private static JsonArray Array(IEnumerable<JsonObject> items) => new(items.Select(item => (JsonNode?)item).ToArray());
}
