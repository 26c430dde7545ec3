using System;
using System.Management.Automation;
using WooPS.Base;
using WooPS.Binding;
using WooPS.Completion;

namespace WooPS.Fields
{
    /// <summary>
    /// The fields of coupons, shared by New-WooCoupon and Set-WooCoupon: the discount, its limits and restrictions.
    /// Each binds from the pipeline by its name and by WooCommerce's (discount_type, usage_limit, …). Products are
    /// named by id, SKU or object, categories by id, slug, name or object; in a CSV cell several separated by ';'.
    /// </summary>
    public abstract class WooCouponWriteCmdlet : WooFieldWriteCmdlet
    {
        internal const string ProductTypeName = "WooPS.Product";

        /// <summary>One of the store's coupon types: percent, fixed_cart (WooCommerce's default), fixed_product or a plugin's.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("discount_type")]
        [Field("discount_type")]
        [ArgumentCompleter(typeof(FieldChoices))]
        public string? DiscountType { get; set; }

        /// <summary>The discount: a percentage or an amount of money, by the discount type.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Field("amount")]
        [ArgumentCompleter(typeof(FieldChoices))]
        public decimal? Amount { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Field("description")]
        [ArgumentCompleter(typeof(FieldChoices))]
        public string? Description { get; set; }

        /// <summary>The day the coupon stops working, in the store's time.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("date_expires")]
        [Field("date_expires")]
        [ArgumentCompleter(typeof(FieldChoices))]
        public DateTime? DateExpires { get; set; }

        /// <summary>How many times it can be used in all (0: no limit).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("usage_limit")]
        [Field("usage_limit")]
        [ArgumentCompleter(typeof(FieldChoices))]
        public long? UsageLimit { get; set; }

        /// <summary>How many times one customer can use it (0: no limit).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("usage_limit_per_user")]
        [Field("usage_limit_per_user")]
        [ArgumentCompleter(typeof(FieldChoices))]
        public long? UsageLimitPerUser { get; set; }

        /// <summary>How many items of the cart it applies to, for product discounts (0: no limit).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("limit_usage_to_x_items")]
        [Field("limit_usage_to_x_items")]
        [ArgumentCompleter(typeof(FieldChoices))]
        public long? LimitUsageToXItems { get; set; }

        /// <summary>It cannot be used with other coupons.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("individual_use")]
        [Field("individual_use")]
        [ArgumentCompleter(typeof(FieldChoices))]
        public bool? IndividualUse { get; set; }

        /// <summary>It grants free shipping (where a free shipping method asks for a coupon).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("free_shipping")]
        [Field("free_shipping")]
        [ArgumentCompleter(typeof(FieldChoices))]
        public bool? FreeShipping { get; set; }

        /// <summary>It does not apply to items on sale.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("exclude_sale_items")]
        [Field("exclude_sale_items")]
        [ArgumentCompleter(typeof(FieldChoices))]
        public bool? ExcludeSaleItems { get; set; }

        /// <summary>The least the cart must come to.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("minimum_amount")]
        [Field("minimum_amount")]
        [ArgumentCompleter(typeof(FieldChoices))]
        public decimal? MinimumAmount { get; set; }

        /// <summary>The most the cart may come to.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("maximum_amount")]
        [Field("maximum_amount")]
        [ArgumentCompleter(typeof(FieldChoices))]
        public decimal? MaximumAmount { get; set; }

        /// <summary>The products it applies to (all of them: they replace the ones it has), by id, SKU or product object.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("product_ids")]
        [Field("product_ids", ItemType = ProductTypeName)]
        [ArgumentCompleter(typeof(FieldChoices))]
        public string[]? Product { get; set; }

        /// <summary>The products it does not apply to, by id, SKU or product object.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("excluded_product_ids")]
        [Field("excluded_product_ids", ItemType = ProductTypeName)]
        [ArgumentCompleter(typeof(FieldChoices))]
        public string[]? ExcludedProduct { get; set; }

        /// <summary>The categories it applies to, by id, slug, name or category object.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("product_categories")]
        [Field("product_categories", ItemType = WooProductWriteCmdlet.CategoryTypeName)]
        [ArgumentCompleter(typeof(FieldChoices))]
        public string[]? Category { get; set; }

        /// <summary>The categories it does not apply to, by id, slug, name or category object.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("excluded_product_categories")]
        [Field("excluded_product_categories", ItemType = WooProductWriteCmdlet.CategoryTypeName)]
        [ArgumentCompleter(typeof(FieldChoices))]
        public string[]? ExcludedCategory { get; set; }

        /// <summary>The only customers' e-mail addresses that may use it (a CSV cell: several separated by ';').</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("email_restrictions")]
        [Field("email_restrictions")]
        [ArgumentCompleter(typeof(FieldChoices))]
        public string[]? EmailRestriction { get; set; }
    }
}
