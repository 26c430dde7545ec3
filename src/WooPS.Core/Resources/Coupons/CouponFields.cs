using System.Collections.Generic;
using WooPS.Core.Resources.Fields;

namespace WooPS.Core.Resources.Coupons
{
    /// <summary>
    /// The fields of coupons, as WooCommerce 10's coupon schema has them (capture 65). WooCommerce checks none of
    /// the amounts: <c>"amount":"abc"</c> is stored as 0 even by a single PUT (65e), so every value is checked here.
    /// </summary>
    internal static class CouponFields
    {
        public static FieldSet Coupon { get; } = new FieldSet(
            new[]
            {
                FieldRule.Text("code"),
                FieldRule.StoreChoice("discount_type", StoreChoiceList.CouponTypes),
                FieldRule.Amount("amount"),
                FieldRule.Choice("status", "draft", "pending", "publish"),
                FieldRule.ClearableText("description"),
                FieldRule.Date("date_expires"),
                FieldRule.Date("date_expires_gmt"),
                FieldRule.Flag("individual_use"),
                FieldRule.Ids("product_ids", WooResource.Products),
                FieldRule.Ids("excluded_product_ids", WooResource.Products),
                // 0 is "no limit"; the store answers null for it (get_formatted_item_data).
                FieldRule.Limit("usage_limit"),
                FieldRule.Limit("usage_limit_per_user"),
                FieldRule.Limit("limit_usage_to_x_items"),
                FieldRule.Flag("free_shipping"),
                FieldRule.Ids("product_categories", WooResource.Categories),
                FieldRule.Ids("excluded_product_categories", WooResource.Categories),
                FieldRule.Flag("exclude_sale_items"),
                FieldRule.Amount("minimum_amount"),
                FieldRule.Amount("maximum_amount"),
                FieldRule.Emails("email_restrictions"),
                FieldRule.Structure("meta_data"),
            },
            new[] { "id", "date_created", "date_created_gmt", "date_modified", "date_modified_gmt", "usage_count", "used_by", "_links" },
            new Dictionary<string, string>
            {
                ["type"] = "discount_type (one of the store's coupon types)",
                ["coupon"] = "code",
                ["coupon_code"] = "code",
                ["discount"] = "amount",
                ["expires"] = "date_expires",
                ["expiry_date"] = "date_expires",
                ["emails"] = "email_restrictions",
            },
            required: new[] { "code" });
    }
}
