using WooPS.Core.Http;

namespace WooPS.Core.Resources.Customers
{
    /// <summary>Filters of the customer list.</summary>
    public sealed class CustomerQuery : ListQuery
    {
        /// <summary>
        /// A WordPress role (customer, administrator, shop_manager, …) or all. WooCommerce lists role customer only
        /// unless asked (50b, 50c).
        /// </summary>
        public string? Role { get; set; }

        internal override void AddFilters(WooRequest request) => Add(request, "role", Role);
    }
}
