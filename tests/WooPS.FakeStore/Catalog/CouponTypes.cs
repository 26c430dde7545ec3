using System.Collections.Generic;
using System.Linq;

namespace WooPS.FakeStore.Catalog;

/// <summary>
/// The coupon types the store knows, as wc_get_coupon_types() lists them (capture 67j): WooCommerce's own,
/// then one a plugin registered through the woocommerce_coupon_discount_types filter (as WooCommerce
/// Subscriptions adds sign_up_fee), which the REST schema's enum then lists too. Any other type is refused
/// (65c).
/// </summary>
internal static class CouponTypes
{
    /// <summary>The plugin's type.</summary>
    public const string PluginType = "sign_up_fee";

    /// <summary>Slug and label, in wc_get_coupon_types() order.</summary>
    public static readonly IReadOnlyList<(string Slug, string Name)> Known =
    [
        ("percent", "Percentage discount"),
        ("fixed_cart", "Fixed cart discount"),
        ("fixed_product", "Fixed product discount"),
        (PluginType, "Sign-up fee discount"),
    ];

    /// <summary>The item schema's discount_type enum.</summary>
    public static readonly string[] Slugs = [.. Known.Select(type => type.Slug)];
}
