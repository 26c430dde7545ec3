using System.Collections.Generic;
using System.Linq;

namespace WooPS.FakeStore.Orders;

/// <summary>
/// The order statuses the store knows, as wc_get_order_statuses() lists them (capture 67h): WooCommerce's
/// own, the block checkout's draft, then one a plugin registered through the wc_order_statuses filter
/// (wc-awaiting-shipment, "Awaiting shipment"), which the enums of the REST schema then list too. A
/// status like "shipped" stays unknown (66e, 66m).
/// </summary>
internal static class OrderStatuses
{
    /// <summary>The plugin's status, as the REST API shows it (without "wc-").</summary>
    public const string PluginStatus = "awaiting-shipment";

    /// <summary>Slug (without "wc-") and label, in wc_get_order_statuses() order.</summary>
    public static readonly IReadOnlyList<(string Slug, string Name)> Known =
    [
        ("pending", "Pending payment"),
        ("processing", "Processing"),
        ("on-hold", "On hold"),
        ("completed", "Completed"),
        ("cancelled", "Cancelled"),
        ("refunded", "Refunded"),
        ("failed", "Failed"),
        ("checkout-draft", "Draft"),
        (PluginStatus, "Awaiting shipment"),
    ];

    /// <summary>The item schema's status enum: get_order_statuses(), auto-draft first (capture 66e).</summary>
    public static readonly string[] ItemEnum = ["auto-draft", .. Known.Select(status => status.Slug)];

    /// <summary>The collection's status items enum: any and trash, then the item enum (capture 66m).</summary>
    public static readonly string[] FilterEnum = ["any", "trash", .. ItemEnum];

    /// <summary>
    /// What status=any lists: WP_Query's "any" leaves out the statuses registered with
    /// exclude_from_search, trash and auto-draft (capture 66h counts every status but trash).
    /// </summary>
    public static bool InAny(string status) => status is not ("trash" or "auto-draft");

    /// <summary>Whether WC_Order::set_status takes it as it is: a known status, auto-draft or trash; any other becomes pending.</summary>
    public static bool IsSettable(string status) => ItemEnum.Contains(status) || status == "trash";

    /// <summary>wc_get_order_status_name: the label, or the slug itself for one with none (trash).</summary>
    public static string Name(string status) =>
        Known.FirstOrDefault(known => known.Slug == status).Name ?? status;

    /// <summary>wc_get_is_paid_statuses().</summary>
    public static bool IsPaid(string status) => status is "processing" or "completed";

    /// <summary>WC_Order::is_editable (the wc_order_is_editable default).</summary>
    public static bool IsEditable(string status) => status is "pending" or "on-hold" or "auto-draft" or "checkout-draft";

    /// <summary>woocommerce_valid_order_statuses_for_payment: pending and failed (needs_payment also wants a total above 0).</summary>
    public static bool AwaitsPayment(string status) => status is "pending" or "failed";

    /// <summary>The statuses whose hook reduces stock (wc_maybe_reduce_stock_levels).</summary>
    public static bool ReducesStock(string status) => status is "processing" or "completed" or "on-hold";

    /// <summary>The statuses whose hook gives stock back (wc_maybe_increase_stock_levels).</summary>
    public static bool RestoresStock(string status) => status is "cancelled" or "pending";
}
