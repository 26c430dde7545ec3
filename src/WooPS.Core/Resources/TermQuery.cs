using WooPS.Core.Http;

namespace WooPS.Core.Resources
{
    /// <summary>Filters of product categories, tags and attribute terms.</summary>
    public sealed class TermQuery : ListQuery
    {
        /// <summary>Exact slug.</summary>
        public string? Slug { get; set; }

        /// <summary>Only the children of this category (categories only).</summary>
        public long? ParentId { get; set; }

        internal override void AddFilters(WooRequest request)
        {
            Add(request, "slug", Slug);
            Add(request, "parent", ParentId?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
