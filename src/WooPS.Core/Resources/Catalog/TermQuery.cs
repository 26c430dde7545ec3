using WooPS.Core.Http;

namespace WooPS.Core.Resources.Catalog
{
    /// <summary>Filters of product categories, tags and attribute terms.</summary>
    public sealed class TermQuery : ListQuery
    {
        /// <summary>Exact slug.</summary>
        public string? Slug { get; set; }

        /// <summary>Only the children of this category (categories only).</summary>
        public long? ParentId { get; set; }

        /// <summary>
        /// WordPress stores term names HTML-encoded (&amp;, &lt;, &gt;) and searches them as stored, so the search is
        /// sent encoded the same way: "Home &amp; Garden" finds "Home &amp;amp; Garden".
        /// </summary>
        internal override string? SearchAsSent => Search?.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

        internal override void AddFilters(WooRequest request)
        {
            Add(request, "slug", Slug);
            Add(request, "parent", ParentId?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
