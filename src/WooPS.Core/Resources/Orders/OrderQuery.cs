using System.Collections.Generic;
using System.Globalization;
using WooPS.Core.Http;

namespace WooPS.Core.Resources.Orders
{
    /// <summary>WooCommerce 10's order filters (66–66d): the dates are the order's creation and last change.</summary>
    public sealed class OrderQuery : DatedListQuery
    {
        /// <summary>Statuses, any of which an order may have (sent as one comma list, 47b); any, or trash. None: every status but trash (66h).</summary>
        public IReadOnlyList<string>? Status { get; set; }

        /// <summary>The customer's user id (0: guest orders).</summary>
        public long? Customer { get; set; }

        /// <summary>Orders with a line of this product.</summary>
        public long? Product { get; set; }

        public IReadOnlyList<long>? ParentId { get; set; }

        internal override void AddOwnFilters(WooRequest request)
        {
            Add(request, "status", Status == null || Status.Count == 0 ? null : string.Join(",", Status));
            Add(request, "customer", Customer?.ToString(CultureInfo.InvariantCulture));
            Add(request, "product", Product?.ToString(CultureInfo.InvariantCulture));
            Add(request, "parent", ParentId);
        }
    }
}
