using System;
using System.Collections.Generic;
using System.Text.Json;
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
        /// <param name="pageSize">The per_page those requests ask for.</param>
        /// <param name="onPage">Receives each page in order; returns false to stop fetching.</param>
        public static async Task ListAsync(
            WooConnection connection,
            Func<int, WooRequest> requestForPage,
            int pageSize,
            Func<WooPage, bool> onPage,
            IWooLog log,
            CancellationToken cancellationToken)
        {
            var seen = new HashSet<long>();
            long? firstTotal = null;
            long? lastTotal = null;
            int? totalPages = null;
            for (int number = 1; ; number++)
            {
                List<WooRecord> items;
                using (WooResponse response = await connection.SendAsync(requestForPage(number), log, cancellationToken).ConfigureAwait(false))
                {
                    lastTotal = response.TotalItems;
                    if (number == 1)
                    {
                        firstTotal = response.TotalItems;
                        totalPages = response.TotalPages;
                    }

                    if (response.Json.RootElement.ValueKind != JsonValueKind.Array)
                    {
                        throw new WooApiException("woops_unexpected_response", $"Page {number} of the listing is not a JSON list.", response.Status);
                    }

                    items = WooJson.ToRecords(response.Json.RootElement);
                }

                // Without X-WP-TotalPages (a proxy may drop it), a full page means there may be another.
                bool more = totalPages is int known ? number < known : items.Count == pageSize;
                items.RemoveAll(item => item.Id is long id && !seen.Add(id));
                if (!onPage(new WooPage(items, number, totalPages, firstTotal)) || !more)
                {
                    break;
                }
            }

            if (firstTotal is long total && lastTotal is long final && total != final)
            {
                log.Warning($"The store changed during the listing: it reported {total} items at the start and {final} at the end, so up to {Math.Abs(final - total)} items may be missing or new. Run the command again for a consistent list.");
            }
        }
    }
}
