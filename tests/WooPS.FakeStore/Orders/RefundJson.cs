using System.Text.Json.Nodes;
using WooPS.FakeStore.Catalog;
using WooPS.FakeStore.Php;

namespace WooPS.FakeStore.Orders;

/// <summary>
/// A refund as WC_REST_Order_Refunds_Controller renders it (no capture holds one; 66g lists none, so this
/// follows WooCommerce's source): id, dates, amount with the request's decimals, reason, refunded_by,
/// refunded_payment, meta_data, then its items as the orders controller renders order items (negative
/// quantities and money), and _links self, collection and up (the order).
/// </summary>
internal static class RefundJson
{
    public static JsonObject Refund(OrderRefund refund, string origin, int dp)
    {
        string collection = $"{origin}{OrderJson.ApiPath}/{refund.OrderId}/refunds";
        return new JsonObject
        {
            ["id"] = refund.Id,
            ["date_created"] = OrderJson.Date(refund.DateCreated),
            ["date_created_gmt"] = OrderJson.Date(SiteTime.ToGmt(refund.DateCreated)),
            ["amount"] = WcDecimal.Places(refund.Amount, dp),
            ["reason"] = refund.Reason,
            ["refunded_by"] = refund.RefundedBy,
            ["refunded_payment"] = refund.RefundedPayment,
            ["meta_data"] = new JsonArray(),
            ["line_items"] = OrderItemJson.LineItems(refund.LineItems, dp),
            ["shipping_lines"] = new JsonArray(),
            ["tax_lines"] = new JsonArray(),
            ["fee_lines"] = new JsonArray(),
            ["_links"] = SubLinks.Create($"{collection}/{refund.Id}", collection, $"{origin}{OrderJson.ApiPath}/{refund.OrderId}"),
        };
    }
}
