using System.Collections.Generic;

namespace WooPS.Core.Paging
{
    /// <summary>One page of a listing, its items already converted to what the caller wants, handed on in page order.</summary>
    public sealed class WooPage<T>
    {
        internal WooPage(IReadOnlyList<T> items, IReadOnlyList<WooApiException> unreadable, int number, int? totalPages, long? totalItems)
        {
            Items = items;
            Unreadable = unreadable;
            Number = number;
            TotalPages = totalPages;
            TotalItems = totalItems;
        }

        public IReadOnlyList<T> Items { get; }

        /// <summary>Items of the page that could not be read (not an object, not convertible), one error each.</summary>
        public IReadOnlyList<WooApiException> Unreadable { get; }

        /// <summary>1-based page number.</summary>
        public int Number { get; }

        /// <summary>How many pages the store's headers announce; pages past it may still come when the headers fall short. Null without headers.</summary>
        public int? TotalPages { get; }

        /// <summary>X-WP-Total as the first page reported it; null when the store sent none.</summary>
        public long? TotalItems { get; }
    }
}
