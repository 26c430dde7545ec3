using System;
using System.Collections.Generic;
using System.Management.Automation;

namespace WooPS.Output
{
    /// <summary>
    /// -Skip and -First over a listing: the page to start at and the page size (so skipped pages cost no
    /// requests, and -First 3 asks for 3), which items of each page go out, and when fetching can stop.
    /// </summary>
    internal sealed class ListPaging
    {
        private readonly bool _includeTotalCount;
        private ulong _toSkip;
        private ulong _toTake;

        public ListPaging(PagingParameters paging, int pageSize, bool storePages)
        {
            _toSkip = paging.Skip;
            _toTake = paging.First;
            _includeTotalCount = paging.IncludeTotalCount;
            if (!storePages)
            {
                PageSize = pageSize;
                FirstPage = 1;
                return;
            }

            // A small -First needs a small page; a large -Skip starts at a later page.
            ulong needed = _toTake > ulong.MaxValue - _toSkip ? ulong.MaxValue : _toSkip + _toTake;
            PageSize = (int)Math.Max(1, Math.Min((ulong)pageSize, needed));
            ulong skippedPages = _toSkip / (ulong)PageSize;
            FirstPage = (int)Math.Min(int.MaxValue, skippedPages + 1);
            _toSkip -= skippedPages * (ulong)PageSize;
            if (_toTake < uint.MaxValue)
            {
                // -First 150 needs two pages of 100: the pages after them are never asked for.
                ulong pages = (_toSkip + _toTake + (ulong)PageSize - 1) / (ulong)PageSize;
                LastPage = (int)Math.Min(int.MaxValue, (ulong)FirstPage + Math.Max(1, pages) - 1);
            }
        }

        public int PageSize { get; }

        public int FirstPage { get; }

        /// <summary>The last page -First can use; null without -First.</summary>
        public int? LastPage { get; }

        /// <summary>-First 0 without -IncludeTotalCount asks for nothing.</summary>
        public bool NothingToFetch => _toTake == 0 && !_includeTotalCount;

        public bool Done => _toTake == 0;

        public List<T> Take<T>(IReadOnlyList<T> page)
        {
            var taken = new List<T>();
            foreach (T item in page)
            {
                if (_toSkip > 0)
                {
                    _toSkip--;
                }
                else if (_toTake > 0)
                {
                    _toTake--;
                    taken.Add(item);
                }
            }

            return taken;
        }
    }
}
