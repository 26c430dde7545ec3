using System.Collections.Generic;

namespace WooPS.Core.Resources
{
    /// <summary>Filters for listing products, in WooCommerce's own terms.</summary>
    public sealed class ProductQuery
    {
        public const int MaxPageSize = 100;

        /// <summary>Exact SKUs; a product matching any of them is listed.</summary>
        public IReadOnlyList<string>? Sku { get; set; }

        public string? Search { get; set; }

        /// <summary>any, draft, pending, private or publish.</summary>
        public string? Status { get; set; }

        /// <summary>Items per request, 1–100.</summary>
        public int PageSize { get; set; } = MaxPageSize;
    }
}
