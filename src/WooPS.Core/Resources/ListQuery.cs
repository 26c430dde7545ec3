using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using WooPS.Core.Http;

namespace WooPS.Core.Resources
{
    /// <summary>
    /// Filters every WooCommerce list shares, and the paging the caller wants. Subclasses add their resource's
    /// filters; all of them are sent under WooCommerce's own parameter names.
    /// </summary>
    public class ListQuery
    {
        public const int MaxPageSize = 100;

        public string? Search { get; set; }

        public IReadOnlyList<long>? Include { get; set; }

        public IReadOnlyList<long>? Exclude { get; set; }

        /// <summary>WooCommerce's orderby; null lists by id, oldest first, which keeps paging stable.</summary>
        public string? OrderBy { get; set; }

        /// <summary>asc or desc; with no OrderBy, asc.</summary>
        public string? Order { get; set; }

        /// <summary>WooCommerce's _fields: only these fields come back.</summary>
        public IReadOnlyList<string>? Fields { get; set; }

        /// <summary>Items per request, 1–100.</summary>
        public int PageSize { get; set; } = MaxPageSize;

        /// <summary>The page to start at, so a large skip costs no requests.</summary>
        public int FirstPage { get; set; } = 1;

        /// <summary>The last page the caller can use, when it wants only so many items; null for all of them.</summary>
        public int? LastPage { get; set; }

        internal void AddTo(WooRequest request)
        {
            Add(request, "search", SearchAsSent);
            Add(request, "include", Include);
            Add(request, "exclude", Exclude);
            Add(request, "_fields", Fields == null ? null : string.Join(",", Fields));
            AddFilters(request);
            AddOrder(request);
        }

        /// <summary>
        /// Ordered by id, an item added while paging lands on the last page instead of shifting every page;
        /// WooCommerce's defaults (newest first for products, by name for terms) are not stable across pages.
        /// </summary>
        internal virtual void AddOrder(WooRequest request) => request.With("orderby", OrderBy ?? "id").With("order", Order ?? "asc");

        /// <summary>The search as the store must receive it to find what the user means.</summary>
        internal virtual string? SearchAsSent => Search;

        /// <summary>The resource's own filters.</summary>
        internal virtual void AddFilters(WooRequest request)
        {
        }

        internal static void Add(WooRequest request, string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                request.With(name, value!);
            }
        }

        internal static void Add(WooRequest request, string name, IReadOnlyList<long>? ids)
        {
            if (ids != null && ids.Count > 0)
            {
                request.With(name, string.Join(",", ids.Select(id => id.ToString(CultureInfo.InvariantCulture))));
            }
        }

        internal static void Add(WooRequest request, string name, bool? value)
        {
            if (value is bool flag)
            {
                request.With(name, flag ? "true" : "false");
            }
        }

        internal static void Add(WooRequest request, string name, decimal? value)
        {
            if (value is decimal amount)
            {
                request.With(name, amount.ToString(CultureInfo.InvariantCulture));
            }
        }
    }
}
