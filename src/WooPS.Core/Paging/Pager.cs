using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using WooPS.Core.Http;
using WooPS.Core.Json;
using WooPS.Core.Resources;

namespace WooPS.Core.Paging
{
    /// <summary>
    /// Walks a WooCommerce list. The first page says how many there are; then up to MaxConcurrency requests are
    /// on the wire at once, and pages are handed on strictly in page order, each as soon as it and those before
    /// it are in, so output is deterministic. A slot on the wire is freed as soon as its answer is read, so the
    /// next request goes out while the answer is still being converted; at most twice MaxConcurrency pages are
    /// held (on the wire, converting, or waiting their turn), which bounds memory. Every page request is built and
    /// authenticated afresh (the store's Link header cannot be followed over OAuth: it repeats the old
    /// signature). Items already seen are dropped, and a total that changes on the way is reported.
    /// </summary>
    internal static class Pager
    {
        /// <param name="convert">Turns each item into what the caller wants; runs with the page's request, so pages convert in parallel.</param>
        /// <param name="onPage">Receives each page in order; its task completes once the page is handed on, with false to stop.</param>
        public static async Task ListAsync<T>(
            WooConnection connection,
            WooResource resource,
            ListQuery query,
            int maxConcurrency,
            Func<WooRecord, T> convert,
            Func<WooPage<T>, Task<bool>> onPage,
            IWooLog log,
            CancellationToken cancellationToken)
        {
            if (!resource.Paged)
            {
                await ListAllAtOnceAsync(connection, resource, query, convert, onPage, log, cancellationToken).ConfigureAwait(false);
                return;
            }

            var listing = new Listing<T>();
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            using var wire = new SemaphoreSlim(maxConcurrency);
            Task<PageResult<T>> Fetch(int number) => FetchAsync(connection, resource, query, number, convert, wire, log, stop.Token);

            PageResult<T> first = await Fetch(query.FirstPage).ConfigureAwait(false);
            // The first page is handed on before any other is asked for: a caller that needs only a few items
            // (Select-Object -First) stops before a second request goes out.
            if (!await onPage(listing.Accept(first)).ConfigureAwait(false))
            {
                return;
            }

            if (first.TotalPages is int totalPages)
            {
                await FetchRestInParallelAsync(Fetch, first.Number + 1, totalPages, 2 * maxConcurrency, listing, onPage, stop).ConfigureAwait(false);
            }
            else
            {
                // Without X-WP-TotalPages (a proxy may drop it), a full page means there may be another.
                for (PageResult<T> page = first; page.Items.Count == query.PageSize;)
                {
                    page = await Fetch(page.Number + 1).ConfigureAwait(false);
                    if (!await onPage(listing.Accept(page)).ConfigureAwait(false))
                    {
                        return;
                    }
                }
            }

            listing.WarnIfChanged(log);
        }

        private static async Task FetchRestInParallelAsync<T>(
            Func<int, Task<PageResult<T>>> fetch,
            int next,
            int last,
            int mostHeld,
            Listing<T> listing,
            Func<WooPage<T>, Task<bool>> onPage,
            CancellationTokenSource stop)
        {
            var inFlight = new Queue<Task<PageResult<T>>>();
            try
            {
                while (next <= last || inFlight.Count > 0)
                {
                    while (inFlight.Count < mostHeld && next <= last)
                    {
                        inFlight.Enqueue(fetch(next++));
                    }

                    PageResult<T> page = await inFlight.Dequeue().ConfigureAwait(false);
                    if (next <= last)
                    {
                        // Keep the window full while this page is handed on.
                        inFlight.Enqueue(fetch(next++));
                    }

                    if (!await onPage(listing.Accept(page)).ConfigureAwait(false))
                    {
                        return;
                    }
                }
            }
            finally
            {
                // Stopped early or failed: requests still in flight are cancelled, and their outcome ignored.
                stop.Cancel();
                foreach (Task<PageResult<T>> abandoned in inFlight)
                {
                    try
                    {
                        await abandoned.ConfigureAwait(false);
                    }
                    catch (Exception)
                    {
                        // Cancelled on purpose, or failed after the listing stopped: nobody waits for it.
                    }
                }
            }
        }

        private static async Task ListAllAtOnceAsync<T>(WooConnection connection, WooResource resource, ListQuery query, Func<WooRecord, T> convert, Func<WooPage<T>, Task<bool>> onPage, IWooLog log, CancellationToken cancellationToken)
        {
            var request = new WooRequest(HttpMethod.Get, resource.Route);
            query.AddTo(request);
            using var wire = new SemaphoreSlim(1);
            PageResult<T> all = await FetchAsync(connection, request, 1, convert, wire, log, cancellationToken).ConfigureAwait(false);
            await onPage(new Listing<T>().Accept(all)).ConfigureAwait(false);
        }

        private static Task<PageResult<T>> FetchAsync<T>(WooConnection connection, WooResource resource, ListQuery query, int number, Func<WooRecord, T> convert, SemaphoreSlim wire, IWooLog log, CancellationToken cancellationToken)
        {
            var request = new WooRequest(HttpMethod.Get, resource.Route);
            query.AddTo(request);
            request.With("per_page", query.PageSize.ToString(CultureInfo.InvariantCulture)).With("page", number.ToString(CultureInfo.InvariantCulture));
            return FetchAsync(connection, request, number, convert, wire, log, cancellationToken);
        }

        /// <param name="wire">Slots on the wire: held while the request is out, freed before converting the answer.</param>
        private static async Task<PageResult<T>> FetchAsync<T>(WooConnection connection, WooRequest request, int number, Func<WooRecord, T> convert, SemaphoreSlim wire, IWooLog log, CancellationToken cancellationToken)
        {
            WooResponse response;
            await wire.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                response = await connection.SendAsync(request, log, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                wire.Release();
            }

            using WooResponse answer = response;
            if (answer.Json.RootElement.ValueKind != JsonValueKind.Array)
            {
                throw new WooApiException("woops_unexpected_response", $"Page {number} of the listing is not a JSON list.", answer.Status);
            }

            List<WooRecord> records = WooJson.ToRecords(answer.Json.RootElement);
            var items = new List<(long? Id, T Item)>(records.Count);
            foreach (WooRecord record in records)
            {
                items.Add((record.Id, convert(record)));
            }

            return new PageResult<T>(number, items, answer.TotalItems, answer.TotalPages);
        }

        private sealed class PageResult<T>
        {
            public PageResult(int number, List<(long? Id, T Item)> items, long? totalItems, int? totalPages)
            {
                Number = number;
                Items = items;
                TotalItems = totalItems;
                TotalPages = totalPages;
            }

            public int Number { get; }

            public List<(long? Id, T Item)> Items { get; }

            public long? TotalItems { get; }

            public int? TotalPages { get; }
        }

        /// <summary>What a listing has seen so far: the ids (to drop repeats) and the totals (to notice changes).</summary>
        private sealed class Listing<T>
        {
            private readonly HashSet<long> _seen = new HashSet<long>();
            private PageResult<T>? _first;
            private long? _lastTotal;

            public WooPage<T> Accept(PageResult<T> page)
            {
                _first ??= page;
                _lastTotal = page.TotalItems;
                var fresh = new List<T>(page.Items.Count);
                foreach ((long? id, T item) in page.Items)
                {
                    if (!(id is long known) || _seen.Add(known))
                    {
                        fresh.Add(item);
                    }
                }

                return new WooPage<T>(fresh, page.Number, _first.TotalPages, _first.TotalItems);
            }

            public void WarnIfChanged(IWooLog log)
            {
                if (_first?.TotalItems is long total && _lastTotal is long final && total != final)
                {
                    log.Warning($"The store changed during the listing: it reported {total} items at the start and {final} at the end, so up to {Math.Abs(final - total)} items may be missing or new. Run the command again for a consistent list.");
                }
            }
        }
    }
}
