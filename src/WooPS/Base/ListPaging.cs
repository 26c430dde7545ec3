using System;
using System.Collections.Generic;
using System.Management.Automation;
using WooPS.Core.Json;

namespace WooPS.Base
{
    /// <summary>
    /// -Skip and -First over a listing: which items of each page go out, when fetching can stop, and how small
    /// the pages can be when only a few items are wanted.
    /// </summary>
    internal sealed class ListPaging
    {
        private readonly bool _includeTotalCount;
        private ulong _toSkip;
        private ulong _toTake;

        public ListPaging(PagingParameters paging)
        {
            _toSkip = paging.Skip;
            _toTake = paging.First;
            _includeTotalCount = paging.IncludeTotalCount;
        }

        /// <summary>-First 0 without -IncludeTotalCount asks for nothing.</summary>
        public bool NothingToFetch => _toTake == 0 && !_includeTotalCount;

        public bool Done => _toTake == 0;

        /// <summary>Fetches no more than needed: <c>-First 3</c> asks for pages of 3.</summary>
        public int PageSize(int largest)
        {
            ulong needed = _toTake == ulong.MaxValue ? ulong.MaxValue : _toSkip + _toTake;
            return (int)Math.Max(1, Math.Min((ulong)largest, needed));
        }

        public List<WooRecord> Take(IReadOnlyList<WooRecord> page)
        {
            var taken = new List<WooRecord>();
            foreach (WooRecord item in page)
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
