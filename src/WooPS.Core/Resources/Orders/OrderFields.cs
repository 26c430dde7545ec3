using System.Collections.Generic;
using WooPS.Core.Resources.Fields;

namespace WooPS.Core.Resources.Orders
{
    /// <summary>The fields of orders, their notes and refunds, as WooCommerce 10's schemas have them (captures 66l, 49, 66g).</summary>
    internal static class OrderFields
    {
        public static FieldSet Order { get; } = new FieldSet(
            new[]
            {
                // A batch takes a status the store does not know without an error and makes the order pending
                // (66f; WC_Abstract_Order::set_status): the store's own list, plugins' statuses included, is read
                // before anything is sent.
                FieldRule.StoreChoice("status", StoreChoiceList.OrderStatuses),
                // What the customer wrote at checkout ("Customer provided note"), not a note to the customer.
                FieldRule.ClearableText("customer_note"),
                FieldRule.Structure("billing"),
                FieldRule.Structure("shipping"),
                FieldRule.Whole("customer_id"),
                FieldRule.Whole("parent_id"),
                FieldRule.Text("currency"),
                FieldRule.ClearableText("payment_method"),
                FieldRule.ClearableText("payment_method_title"),
                FieldRule.ClearableText("transaction_id"),
                // Marks the order paid (and processing) when written true; the store never sends it back.
                FieldRule.Flag("set_paid").NeverSentBack(),
                FieldRule.Structure("meta_data"),
                FieldRule.Structure("line_items"),
                FieldRule.Structure("shipping_lines"),
                FieldRule.Structure("fee_lines"),
                FieldRule.Structure("coupon_lines"),
            },
            new[]
            {
                "id", "number", "order_key", "created_via", "version", "prices_include_tax",
                "date_created", "date_created_gmt", "date_modified", "date_modified_gmt", "date_completed", "date_completed_gmt", "date_paid", "date_paid_gmt",
                "discount_total", "discount_tax", "shipping_total", "shipping_tax", "cart_tax", "total", "total_tax",
                "customer_ip_address", "customer_user_agent", "cart_hash", "tax_lines", "refunds", "payment_url",
                "is_editable", "needs_payment", "needs_processing", "currency_symbol", "_links",
            },
            new Dictionary<string, string>
            {
                ["state"] = "status",
                ["order_status"] = "status",
                ["note"] = "customer_note (what the customer wrote at checkout; Add-WooOrderNote adds a note to the order)",
                ["email"] = "billing (an address with an e-mail: @{ email = '…' })",
                ["phone"] = "billing (an address with a phone: @{ phone = '…' })",
                ["customer"] = "customer_id",
                ["tracking_number"] = "meta_data (as your shipment tracking plugin names it) or a note (Add-WooOrderNote)",
            });

        public static FieldSet Note { get; } = new FieldSet(
            new[]
            {
                FieldRule.Text("note"),
                // WooCommerce e-mails a customer note to the order's billing address (66i).
                FieldRule.Flag("customer_note"),
                FieldRule.Flag("added_by_user"),
            },
            new[] { "id", "order_id", "author", "date_created", "date_created_gmt", "_links" },
            new Dictionary<string, string>
            {
                ["text"] = "note",
                ["message"] = "note",
                ["comment"] = "note",
            },
            required: new[] { "note" });

        public static FieldSet Refund { get; } = new FieldSet(
            new FieldRule[0],
            new[]
            {
                "id", "order_id", "date_created", "date_created_gmt", "amount", "reason", "refunded_by", "refunded_payment",
                "meta_data", "line_items", "tax_lines", "shipping_lines", "fee_lines", "_links",
            });
    }
}
