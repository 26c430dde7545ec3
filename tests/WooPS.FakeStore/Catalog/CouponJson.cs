using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using WooPS.FakeStore.Php;

namespace WooPS.FakeStore.Catalog;

/// <summary>
/// A coupon as WC_REST_Coupons_Controller renders it (captures 51, 51b, 65): every field, in its order,
/// money with two places, a usage limit of 0 as null, dates in site time with their *_gmt twins, then
/// _links. Every field is in both contexts, so view and edit read the same.
/// </summary>
internal static class CouponJson
{
    private const string ApiPath = "/wp-json/wc/v3/coupons";

    public static JsonObject Coupon(Coupon coupon, string origin) => new()
    {
        ["id"] = coupon.Id,
        ["code"] = coupon.Code,
        ["amount"] = WcDecimal.TwoPlaces(coupon.Amount),
        ["status"] = coupon.Status,
        ["date_created"] = Date(coupon.DateCreated),
        ["date_created_gmt"] = Date(SiteTime.ToGmt(coupon.DateCreated)),
        ["date_modified"] = Date(coupon.DateModified),
        ["date_modified_gmt"] = Date(SiteTime.ToGmt(coupon.DateModified)),
        ["discount_type"] = coupon.DiscountType,
        ["description"] = coupon.Description,
        ["date_expires"] = Date(coupon.DateExpires),
        ["date_expires_gmt"] = Date(coupon.DateExpires is DateTime expires ? SiteTime.ToGmt(expires) : null),
        ["usage_count"] = coupon.UsageCount,
        ["individual_use"] = coupon.IndividualUse,
        ["product_ids"] = Ids(coupon.ProductIds),
        ["excluded_product_ids"] = Ids(coupon.ExcludedProductIds),
        ["usage_limit"] = NullIfZero(coupon.UsageLimit),
        ["usage_limit_per_user"] = NullIfZero(coupon.UsageLimitPerUser),
        ["limit_usage_to_x_items"] = NullIfZero(coupon.LimitUsageToXItems ?? 0),
        ["free_shipping"] = coupon.FreeShipping,
        ["product_categories"] = Ids(coupon.ProductCategories),
        ["excluded_product_categories"] = Ids(coupon.ExcludedProductCategories),
        ["exclude_sale_items"] = coupon.ExcludeSaleItems,
        ["minimum_amount"] = WcDecimal.TwoPlaces(coupon.MinimumAmount),
        ["maximum_amount"] = WcDecimal.TwoPlaces(coupon.MaximumAmount),
        ["email_restrictions"] = new JsonArray(coupon.EmailRestrictions.Select(email => (JsonNode?)email).ToArray()),
        ["used_by"] = new JsonArray(coupon.UsedBy.Select(user => (JsonNode?)user).ToArray()),
        ["meta_data"] = MetaFields.Json(coupon.MetaData),
        ["_links"] = ResourceLinks.Create($"{origin}{ApiPath}/{coupon.Id}", origin + ApiPath, up: null),
    };

    /// <summary>Site time as WooCommerce writes it; null for no date.</summary>
    private static string? Date(DateTime? date) => date?.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);

    private static JsonArray Ids(IReadOnlyList<long> ids) => new(ids.Select(id => (JsonNode?)id).ToArray());

    /// <summary>get_formatted_item_data's "format null values": a falsy limit is null.</summary>
    private static long? NullIfZero(long value) => value == 0 ? null : value;
}
