using WooPS.Core.Http;

namespace WooPS.Core.Resources.Coupons
{
    /// <summary>Filters of the coupon list.</summary>
    public sealed class CouponQuery : ListQuery
    {
        /// <summary>
        /// publish, draft, pending, private, future, trash or any. WooCommerce lists every status but trash by
        /// default; a coupon in the trash is found only this way (65j).
        /// </summary>
        public string? Status { get; set; }

        internal override void AddFilters(WooRequest request) => Add(request, "status", Status);
    }
}
