using System;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using WooPS.FakeStore.Catalog;
using WooPS.FakeStore.Php;
using WooPS.FakeStore.Users;

namespace WooPS.FakeStore.Orders;

/// <summary>
/// An order as WC_REST_Orders_Controller renders it (captures 26, 47–48b, 66l): every field in its order,
/// money as strings with the request's decimals (dp, the store's price decimals by default), dates in
/// site time without offset and their *_gmt twins after needs_processing, "number" a string,
/// currency_symbol, then _links (self, collection, email_templates, customer when not a guest, up
/// for an order with a parent). View and edit read the same.
/// </summary>
internal static class OrderJson
{
    public const string ApiPath = "/wp-json/wc/v3/orders";

    public static JsonObject Order(Order order, string origin, int dp)
    {
        string self = $"{origin}{ApiPath}/{order.Id}";
        return new JsonObject
        {
            ["id"] = order.Id,
            ["parent_id"] = order.ParentId,
            ["status"] = order.Status,
            ["currency"] = order.Currency,
            ["version"] = order.Version,
            ["prices_include_tax"] = order.PricesIncludeTax,
            ["date_created"] = Date(order.DateCreated),
            ["date_modified"] = Date(order.DateModified),
            ["discount_total"] = WcDecimal.Places(order.DiscountTotal, dp),
            ["discount_tax"] = WcDecimal.Places(order.DiscountTax, dp),
            ["shipping_total"] = WcDecimal.Places(order.ShippingTotal, dp),
            ["shipping_tax"] = WcDecimal.Places(order.ShippingTax, dp),
            ["cart_tax"] = WcDecimal.Places(order.CartTax, dp),
            ["total"] = WcDecimal.Places(order.Total, dp),
            ["total_tax"] = WcDecimal.Places(order.TotalTax, dp),
            ["customer_id"] = order.CustomerId,
            ["order_key"] = order.OrderKey,
            ["billing"] = order.Billing.ToJson(withEmail: true, asOrder: true),
            ["shipping"] = order.Shipping.ToJson(withEmail: false, asOrder: true),
            ["payment_method"] = order.PaymentMethod,
            ["payment_method_title"] = order.PaymentMethodTitle,
            ["transaction_id"] = order.TransactionId,
            ["customer_ip_address"] = order.CustomerIpAddress,
            ["customer_user_agent"] = order.CustomerUserAgent,
            ["created_via"] = order.CreatedVia,
            ["customer_note"] = order.CustomerNote,
            ["date_completed"] = Date(order.DateCompleted),
            ["date_paid"] = Date(order.DatePaid),
            ["cart_hash"] = order.CartHash,
            ["number"] = order.Id.ToString(CultureInfo.InvariantCulture),
            ["meta_data"] = MetaFields.Json(order.MetaData),
            ["line_items"] = OrderItemJson.LineItems(order.LineItems, dp),
            ["tax_lines"] = OrderItemJson.TaxLines(order.TaxLines, dp),
            ["shipping_lines"] = OrderItemJson.ShippingLines(order.ShippingLines, dp),
            ["fee_lines"] = OrderItemJson.FeeLines(order.FeeLines, dp),
            ["coupon_lines"] = OrderItemJson.CouponLines(order.CouponLines),
            ["refunds"] = new JsonArray(order.Refunds.Select(refund => (JsonNode?)new JsonObject
            {
                ["id"] = refund.Id,
                ["reason"] = refund.Reason,
                ["total"] = "-" + WcDecimal.Places(refund.Amount, dp),
            }).ToArray()),
            ["payment_url"] = $"{origin}/checkout/order-pay/{order.Id}/?pay_for_order=true&key={order.OrderKey}",
            ["is_editable"] = OrderStatuses.IsEditable(order.Status),
            ["needs_payment"] = OrderStatuses.AwaitsPayment(order.Status) && order.Total > 0,
            ["needs_processing"] = order.NeedsProcessing,
            ["date_created_gmt"] = Date(SiteTime.ToGmt(order.DateCreated)),
            ["date_modified_gmt"] = Date(SiteTime.ToGmt(order.DateModified)),
            ["date_completed_gmt"] = Date(order.DateCompleted is DateTime completed ? SiteTime.ToGmt(completed) : null),
            ["date_paid_gmt"] = Date(order.DatePaid is DateTime paid ? SiteTime.ToGmt(paid) : null),
            // html_entity_decode( get_woocommerce_currency_symbol() ): "$", where reports/sales says "&#36;".
            ["currency_symbol"] = order.Currency == "USD" ? "$" : order.Currency,
            ["_links"] = Links(order, origin, self),
        };
    }

    /// <summary>Site time as WooCommerce writes it; null for no date.</summary>
    public static string? Date(DateTime? date) => date?.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);

    private static JsonObject Links(Order order, string origin, string self)
    {
        JsonObject links = ResourceLinks.Create(self, origin + ApiPath, up: null);
        links["email_templates"] = new JsonArray(new JsonObject { ["embeddable"] = true, ["href"] = $"{self}/actions/email_templates" });
        if (order.CustomerId != 0)
        {
            links["customer"] = new JsonArray(new JsonObject { ["href"] = $"{origin}/wp-json/wc/v3/customers/{order.CustomerId}" });
        }
        if (order.ParentId != 0)
        {
            links["up"] = new JsonArray(new JsonObject { ["href"] = $"{origin}{ApiPath}/{order.ParentId}" });
        }
        return links;
    }
}
