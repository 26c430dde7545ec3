namespace WooPS.Core.Resources.Fields
{
    /// <summary>
    /// The values of a field that each store defines for itself (order statuses, coupon types: plugins register their own), read
    /// from the store once per session; <see cref="Known"/> are WooCommerce's own, for completion and for when the
    /// store's list cannot be read.
    /// </summary>
    public sealed class StoreChoiceList
    {
        private StoreChoiceList(string description, string route, string valueField, params string[] known)
        {
            Description = description;
            Route = route;
            ValueField = valueField;
            Known = known;
        }

        /// <summary>Every status the store knows, with its own and its plugins' (67h).</summary>
        public static StoreChoiceList OrderStatuses { get; } = new StoreChoiceList(
            "order statuses", "reports/orders/totals", "slug", "pending", "processing", "on-hold", "completed", "cancelled", "refunded", "failed", "checkout-draft");

        /// <summary>Every coupon type the store knows, with its plugins' (67j; WooCommerce Subscriptions adds sign_up_fee and others).</summary>
        public static StoreChoiceList CouponTypes { get; } = new StoreChoiceList(
            "coupon types", "reports/coupons/totals", "slug", "percent", "fixed_cart", "fixed_product");

        /// <summary>"order statuses", in messages.</summary>
        public string Description { get; }

        /// <summary>The wc/v3 route that lists them.</summary>
        public string Route { get; }

        /// <summary>The field of each listed item that holds the value.</summary>
        public string ValueField { get; }

        public string[] Known { get; }

        public override string ToString() => Description;
    }
}
