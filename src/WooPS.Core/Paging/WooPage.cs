using System.Collections.Generic;

namespace WooPS.Core.Paging
{
    /// <summary>One page of a listing, its items already converted to what the caller wants, handed on in page order.</summary>
    public sealed class WooPage<T>
    {
        internal WooPage(IReadOnlyList<T> items, int number, int? totalPages, long? totalItems)
        {
            Items = items;
            Number = number;
            TotalPages = totalPages;
            TotalItems = totalItems;
        }

        public IReadOnlyList<T> Items { get; }

        /// <summary>1-based page number.</summary>
        public int Number { get; }

        /// <summary>X-WP-TotalPages as the first page reported it; null when the store sent none.</summary>
        public int? TotalPages { get; }

        /// <summary>X-WP-Total as the first page reported it; null when the store sent none.</summary>
        public long? TotalItems { get; }
    }
}
