using System.Collections.Generic;
using WooPS.Core.Json;

namespace WooPS.Core.Paging
{
    /// <summary>One page of a listing, handed to the caller as soon as it arrives.</summary>
    public sealed class WooPage
    {
        internal WooPage(IReadOnlyList<WooRecord> items, int number, int? totalPages, long? totalItems)
        {
            Items = items;
            Number = number;
            TotalPages = totalPages;
            TotalItems = totalItems;
        }

        public IReadOnlyList<WooRecord> Items { get; }

        /// <summary>1-based page number.</summary>
        public int Number { get; }

        /// <summary>X-WP-TotalPages as the first page reported it; null when the store sent none.</summary>
        public int? TotalPages { get; }

        /// <summary>X-WP-Total as the first page reported it; null when the store sent none.</summary>
        public long? TotalItems { get; }
    }
}
