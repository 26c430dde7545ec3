using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using WooPS.Core.Http;
using WooPS.Core.Json;

namespace WooPS.Core.Paging
{
    /// <summary>
    /// Walks a WooCommerce list page by page. The next request is built and authenticated afresh for each page
    /// (the store's Link header cannot be followed over OAuth: it repeats the old signature). Items already seen
    /// are dropped, and a total that changes on the way is reported, so nothing is repeated or lost silently.
    /// </summary>
    internal static class Pager
    {
        /// <param name="requestForPage">Builds the request for a 1-based page, per_page included.</param>
        /// <param name="onPage">Receives each page in order; returns false to stop fetching.</param>
        public static async Task ListAsync(
            WooConnection connection,
            Func<int, WooRequest> requestForPage,
            Func<WooPage, bool> onPage,
            IWooLog log,
            CancellationToken cancellationToken)
        {
            var seen = new HashSet<long>();
            long? firstTotal = null;
            long lastTotal = 0;
            int totalPages = 1;
            for (int number = 1; number <= totalPages; number++)
            {
                List<WooRecord> items;
                using (WooResponse response = await connection.SendAsync(requestForPage(number), log, cancellationToken).ConfigureAwait(false))
                {
                    lastTotal = response.TotalItems ?? 0;
                    if (firstTotal == null)
                    {
                        firstTotal = lastTotal;
                        totalPages = response.TotalPages ?? 1;
                    }

                    items = WooJson.ToRecords(response.Json.RootElement);
                }

                items.RemoveAll(item => item.Id is long id && !seen.Add(id));
                if (!onPage(new WooPage(items, number, totalPages, firstTotal.Value)))
                {
                    return;
                }
            }

            if (firstTotal is long total && total != lastTotal)
            {
                log.Warning($"The store changed during the listing: it reported {total} items at the start and {lastTotal} at the end, so up to {Math.Abs(lastTotal - total)} items may be missing or new. Run the command again for a consistent list.");
            }
        }
    }
}
