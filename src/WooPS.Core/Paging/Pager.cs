using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using WooPS.Core.Http;
using WooPS.Core.Json;
using WooPS.Core.Resources;

namespace WooPS.Core.Paging
{
    /// <summary>
    /// Walks a WooCommerce list. The first page says how many there are; then up to twice MaxConcurrency pages
    /// are asked for at once (on the wire, waiting for the session's limit on requests in flight, converting, or
    /// waiting their turn), which bounds memory and leaves the limit room to grow; pages are handed on strictly in
    /// page order, each as soon as it and those before it are in, so output is deterministic. A request's place
    /// on the wire is freed as soon as its answer is read, so the next one goes out while the answer is still
    /// being converted. Every page request is built and
    /// authenticated afresh (the store's Link header cannot be followed over OAuth: it repeats the old
    /// signature). Items already seen are dropped.
    /// The paging headers are a plan, checked against what arrives: an empty page ends the listing whatever the
    /// headers promised, a full last page means there may be more, and a listing that does not add up to the
    /// store's own total says so.
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
                var request = new WooRequest(HttpMethod.Get, resource.Route);
                query.AddTo(request);
                PageResult<T> all = await FetchAsync(connection, resource, request, 1, convert, log, cancellationToken).ConfigureAwait(false);
                await onPage(new Listing<T>(query, resource).Accept(all)).ConfigureAwait(false);
                return;
            }

            var listing = new Listing<T>(query, resource);
            Task<PageResult<T>> Fetch(int number, CancellationToken token) => FetchPageAsync(connection, resource, query, number, convert, log, token);

            PageResult<T> page = await Fetch(query.FirstPage, cancellationToken).ConfigureAwait(false);
            // The first page is handed on before any other is asked for: a caller that needs only a few items
            // (Select-Object -First) stops before a second request goes out.
            if (!await onPage(listing.Accept(page)).ConfigureAwait(false))
            {
                return;
            }

            if (page.Count > 0 && listing.PlannedLastPage(log) is int planned && planned > page.Number)
            {
                if (!await FetchPlannedInParallelAsync(Fetch, page.Number + 1, planned, 2 * maxConcurrency, listing, onPage, cancellationToken).ConfigureAwait(false))
                {
                    return;
                }
            }

            // Past the announced pages, or without any announcement: a full page may have another behind it.
            while (listing.MayHaveMore)
            {
                page = await Fetch(listing.Last!.Number + 1, cancellationToken).ConfigureAwait(false);
                if (!await onPage(listing.Accept(page)).ConfigureAwait(false))
                {
                    return;
                }
            }

            listing.WarnIfIncomplete(log);
        }

        /// <returns>False when the caller wants no more; true when the planned pages are handed on, or an empty or repeated page ended them early.</returns>
        private static async Task<bool> FetchPlannedInParallelAsync<T>(
            Func<int, CancellationToken, Task<PageResult<T>>> fetch,
            int next,
            int last,
            int mostHeld,
            Listing<T> listing,
            Func<WooPage<T>, Task<bool>> onPage,
            CancellationToken cancellationToken)
        {
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var inFlight = new Queue<Task<PageResult<T>>>();
            try
            {
                while (next <= last || inFlight.Count > 0)
                {
                    while (inFlight.Count < mostHeld && next <= last)
                    {
                        inFlight.Enqueue(fetch(next++, stop.Token));
                    }

                    PageResult<T> page = await inFlight.Dequeue().ConfigureAwait(false);
                    if (next <= last)
                    {
                        // Keep the window full while this page is handed on.
                        inFlight.Enqueue(fetch(next++, stop.Token));
                    }

                    if (!await onPage(listing.Accept(page)).ConfigureAwait(false))
                    {
                        return false;
                    }

                    if (page.Count == 0 || listing.Repeated)
                    {
                        // Nothing lies beyond, whatever the headers promised.
                        return true;
                    }
                }

                return true;
            }
            finally
            {
                // Ended early, stopped or failed: requests still in flight are cancelled, and their outcome ignored.
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

        private static Task<PageResult<T>> FetchPageAsync<T>(WooConnection connection, WooResource resource, ListQuery query, int number, Func<WooRecord, T> convert, IWooLog log, CancellationToken cancellationToken)
        {
            var request = new WooRequest(HttpMethod.Get, resource.Route);
            query.AddTo(request);
            request.With("per_page", query.PageSize.ToString(CultureInfo.InvariantCulture)).With("page", number.ToString(CultureInfo.InvariantCulture));
            return FetchAsync(connection, resource, request, number, convert, log, cancellationToken);
        }

        private static async Task<PageResult<T>> FetchAsync<T>(WooConnection connection, WooResource resource, WooRequest request, int number, Func<WooRecord, T> convert, IWooLog log, CancellationToken cancellationToken)
        {
            using WooResponse answer = await connection.SendAsync(request, log, cancellationToken).ConfigureAwait(false);
            (List<WooRecord> records, List<string> unreadable) = resource.ReadList(answer);
            var items = new List<(long? Id, T Item)>(records.Count);
            var problems = unreadable.ConvertAll(what => Unreadable(answer, what));
            foreach (WooRecord record in records)
            {
                // A page takes a while to convert: a listing stopped meanwhile does not wait for it.
                cancellationToken.ThrowIfCancellationRequested();
                try
                {
                    items.Add((record.Id, convert(record)));
                }
                catch (Exception failure) when (!(failure is OperationCanceledException))
                {
                    problems.Add(Unreadable(answer, $"the {resource.Singular} with id {record.Id} could not be converted ({failure.Message})"));
                }
            }

            return new PageResult<T>(number, records.Count + unreadable.Count, items, problems, answer.TotalItems, answer.TotalPages);
        }

        private static WooApiException Unreadable(WooResponse answer, string what) =>
            new WooApiException(WooErrorCodes.UnreadableItem, $"In the store's answer to {answer.Shown}, {what}; WooPS skipped it.", answer.Status) { Target = answer.Shown };

        private sealed class PageResult<T>
        {
            public PageResult(int number, int count, List<(long? Id, T Item)> items, List<WooApiException> unreadable, long? totalItems, int? totalPages)
            {
                Number = number;
                Count = count;
                Items = items;
                Unreadable = unreadable;
                TotalItems = totalItems;
                TotalPages = totalPages;
            }

            public int Number { get; }

            /// <summary>How many items the store sent, readable or not.</summary>
            public int Count { get; }

            public List<(long? Id, T Item)> Items { get; }

            public List<WooApiException> Unreadable { get; }

            public long? TotalItems { get; }

            public int? TotalPages { get; }
        }

        /// <summary>
        /// What a listing has seen so far: the ids (to drop repeats), the pages the headers announce, and how many
        /// items came, to check against the store's own totals at the end.
        /// </summary>
        private sealed class Listing<T>
        {
            private readonly HashSet<long> _seen = new HashSet<long>();
            private readonly ListQuery _query;
            private readonly WooResource _resource;
            private PageResult<T>? _first;
            private int? _planned;
            private long _received;
            private long _listed;

            public Listing(ListQuery query, WooResource resource)
            {
                _query = query;
                _resource = resource;
            }

            public PageResult<T>? Last { get; private set; }

            /// <summary>
            /// The last page held only items already listed. Listed by id, a page never repeats the ones before it:
            /// the store (or a page cache that ignores the query string) answers every page alike, and asking for
            /// more would never end.
            /// </summary>
            public bool Repeated { get; private set; }

            /// <summary>
            /// The last page was full, and either the store gave no total or it has sent more than that total:
            /// another page may follow. (A full last page that makes up the announced total needs no check.)
            /// </summary>
            public bool MayHaveMore => !Repeated && Last!.Count == _query.PageSize && !(Last.Number >= _query.LastPage)
                && (!(Expected is long expected) || _received > expected) && !UnannouncedOfUnknownRoute;

            /// <summary>
            /// A route read as it answers sent no X-WP-TotalPages: it does not page (data/currencies, a report), and a
            /// second request would only bring the same items again.
            /// </summary>
            private bool UnannouncedOfUnknownRoute => _resource.ReadAsAnswered && _first!.TotalPages == null;

            /// <summary>How many items the listing should bring by X-WP-Total, from the page it started at.</summary>
            private long? Expected => _first!.TotalItems is long total ? Math.Max(0, total - Skipped) : (long?)null;

            private long Skipped => (long)(_query.FirstPage - 1) * _query.PageSize;

            public WooPage<T> Accept(PageResult<T> page)
            {
                _first ??= page;
                Last = page;
                _received += page.Count;
                var fresh = new List<T>(page.Items.Count);
                foreach ((long? id, T item) in page.Items)
                {
                    if (!(id is long known) || _seen.Add(known))
                    {
                        fresh.Add(item);
                    }
                }

                _listed += fresh.Count;
                Repeated = page.Items.Count > 0 && fresh.Count == 0;

                return new WooPage<T>(fresh, page.Unreadable, page.Number, _planned ?? _first.TotalPages, _first.TotalItems);
            }

            /// <summary>
            /// The last page by the first page's headers. X-WP-TotalPages and X-WP-Total can disagree (a cache or
            /// plugin rewrote one): then the larger plan is followed, so nothing is left out.
            /// </summary>
            public int? PlannedLastPage(IWooLog log)
            {
                PageResult<T> first = _first!;
                if (UnannouncedOfUnknownRoute)
                {
                    return null;
                }

                long? byItems = first.TotalItems is long total ? (total + _query.PageSize - 1) / _query.PageSize : (long?)null;
                if (byItems is long items && first.TotalPages is int pages && items != pages)
                {
                    log.Warning($"The store's paging headers disagree: X-WP-TotalPages says {pages} pages, but X-WP-Total says {first.TotalItems} {_resource.Plural}, which is {items} pages of {_query.PageSize}. WooPS pages on until the {_resource.Plural} run out.");
                }

                long planned = Math.Max(byItems ?? 0, first.TotalPages ?? 0);
                _planned = planned == 0 && byItems == null && first.TotalPages == null ? (int?)null : (int)Math.Min(int.MaxValue, planned);
                // A caller that wants only so many items (-First) has no use for the pages after them.
                return _planned is int announced && _query.LastPage is int wanted && wanted < announced ? wanted : _planned;
            }

            /// <summary>Says so when the listing did not come out as the store announced: it changed on the way, or its headers are wrong.</summary>
            public void WarnIfIncomplete(IWooLog log)
            {
                if (Repeated)
                {
                    log.Warning($"Page {Last!.Number} held only {_resource.Plural} already listed: the store, or a page cache in front of it that ignores the query string, answers every page alike. WooPS stopped there with {_listed} {_resource.Plural}{(_first!.TotalItems is long announced ? $" of the {announced} the store announced" : string.Empty)}; have the cache leave /wp-json/ alone.");
                    return;
                }

                // Stopped where the caller wanted it to (-First): the rest was never asked for.
                if (!(_first?.TotalItems is long total) || Last!.Number >= _query.LastPage)
                {
                    return;
                }

                if (Last.TotalItems is long final && final != total)
                {
                    log.Warning($"The store changed during the listing: it reported {total} {_resource.Plural} at the start and {final} at the end, so up to {Math.Abs(final - total)} may be missing or new. Run the command again for a consistent list.");
                    return;
                }

                if (_received != Expected)
                {
                    log.Warning($"The store announced {total} {_resource.Plural} (X-WP-Total) but sent {_received}{(Skipped > 0 ? $" from item {Skipped + 1} on" : string.Empty)}, until page {Last.Number} came back {(Last.Count == 0 ? "empty" : "short")}. Its paging headers do not match its answers (a caching plugin or proxy may keep stale ones), so the listing may be incomplete.");
                }
            }
        }
    }
}
