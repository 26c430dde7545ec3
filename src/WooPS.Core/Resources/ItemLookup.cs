using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using WooPS.Core.Http;
using WooPS.Core.Json;
using WooPS.Core.Paging;

namespace WooPS.Core.Resources
{
    /// <summary>An item asked for by id or by SKU, in a collection.</summary>
    public sealed class ItemKey
    {
        private ItemKey(WooResource resource, long? id, string? sku)
        {
            Resource = resource;
            Id = id;
            Sku = sku;
        }

        public WooResource Resource { get; }

        public long? Id { get; }

        public string? Sku { get; }

        /// <summary>What the key names, for errors: the id or the SKU.</summary>
        public object Target => (object?)Id ?? Sku!;

        public static ItemKey ById(WooResource resource, long id) => new ItemKey(resource, id, null);

        /// <summary>By SKU; through <see cref="WooResource.Products"/> a SKU finds variations too (capture 56).</summary>
        public static ItemKey BySku(WooResource resource, string sku) => new ItemKey(resource, null, sku);
    }

    /// <summary>What a lookup found for one key: the item, or why there is none.</summary>
    public sealed class FoundItem
    {
        internal FoundItem(ItemKey key, WooRecord? item, WooApiException? failure)
        {
            Key = key;
            Item = item;
            Failure = failure;
        }

        public ItemKey Key { get; }

        public WooRecord? Item { get; }

        public WooApiException? Failure { get; }
    }

    /// <summary>
    /// Many items by id or SKU, fetched as lists rather than one by one: ids 100 to a request with <c>include=</c>,
    /// SKUs with <c>sku=</c>, up to MaxConcurrency requests at once. An id the list leaves out (a product in the
    /// trash, a variation asked for as a product, or none at all) is then asked for by itself, so it gets the
    /// store's own answer; a SKU no item has is an error for that key alone.
    /// </summary>
    public sealed class ItemLookup
    {
        private const int PerRequest = ListQuery.MaxPageSize;

        private readonly ResourceApi _api;

        internal ItemLookup(ResourceApi api)
        {
            _api = api;
        }

        /// <returns>One outcome per key, in the order of the keys.</returns>
        public async Task<IReadOnlyList<FoundItem>> FindAsync(IReadOnlyList<ItemKey> keys, IWooLog log, CancellationToken cancellationToken)
        {
            var byId = new Dictionary<(string Route, long Id), WooRecord>();
            var bySku = new Dictionary<(string Route, string Sku), WooRecord>(new RouteAndSkuComparer());
            var lists = new List<Func<CancellationToken, Task>>();
            foreach (IGrouping<string, ItemKey> collection in keys.GroupBy(key => key.Resource.Route))
            {
                WooResource resource = collection.First().Resource;
                if (resource.Paged)
                {
                    foreach (string[] ids in Chunks(collection.Where(k => k.Id != null).Select(k => Id(k.Id!.Value))))
                    {
                        lists.Add(async token =>
                        {
                            List<WooRecord> listed = await ListAsync(resource, "include", ids, log, token).ConfigureAwait(false);
                            lock (byId)
                            {
                                listed.Where(record => record.Id != null).ToList().ForEach(record => byId[(resource.Route, record.Id!.Value)] = record);
                            }
                        });
                    }
                }

                foreach (string[] skus in Chunks(collection.Where(k => k.Sku != null).Select(k => k.Sku!)))
                {
                    lists.Add(async token =>
                    {
                        List<WooRecord> listed = await ListAsync(resource, "sku", skus, log, token).ConfigureAwait(false);
                        lock (bySku)
                        {
                            listed.Where(record => record["sku"] is string).ToList().ForEach(record => bySku[(resource.Route, (string)record["sku"]!)] = record);
                        }
                    });
                }
            }

            await RunAsync(lists, cancellationToken).ConfigureAwait(false);

            var alone = new Dictionary<(string Route, long Id), FoundItem>();
            List<ItemKey> unlisted = keys.Where(k => k.Id is long id && !byId.ContainsKey((k.Resource.Route, id)))
                .GroupBy(k => (k.Resource.Route, k.Id!.Value)).Select(g => g.First()).ToList();
            await RunAsync(unlisted.Select<ItemKey, Func<CancellationToken, Task>>(key => async token =>
            {
                FoundItem found = await GetAloneAsync(key, log, token).ConfigureAwait(false);
                lock (alone)
                {
                    alone[(key.Resource.Route, key.Id!.Value)] = found;
                }
            }), cancellationToken).ConfigureAwait(false);

            return keys.Select(key =>
            {
                if (key.Id is long id)
                {
                    return byId.TryGetValue((key.Resource.Route, id), out WooRecord? listed) ? new FoundItem(key, listed, null) : alone[(key.Resource.Route, id)];
                }

                return bySku.TryGetValue((key.Resource.Route, key.Sku!), out WooRecord? item)
                    ? new FoundItem(key, item, null)
                    : new FoundItem(key, null, new WooApiException(WooErrorCodes.SkuNotFound, $"No {key.Resource.Noun} has the SKU '{key.Sku}'.", 404) { Target = key.Sku });
            }).ToList();
        }

        /// <summary>
        /// The items of one filtered list. A list the store refuses for what it names (a parent that does not
        /// exist) is an empty one: its keys are then asked for one by one, and each gets that answer as its error.
        /// </summary>
        private async Task<List<WooRecord>> ListAsync(WooResource resource, string filter, string[] values, IWooLog log, CancellationToken cancellationToken)
        {
            var request = new WooRequest(HttpMethod.Get, resource.Route)
                .With(filter, string.Join(",", values))
                .With("per_page", Id(PerRequest));
            try
            {
                using WooResponse answer = await _api.SendAsync(request, log, cancellationToken).ConfigureAwait(false);
                // An item that cannot be read is left out of the list; asked for alone, it gets an error of its own.
                return resource.ReadList(answer).Records;
            }
            catch (WooApiException refused) when (refused.IsAboutOneItem && filter == "include")
            {
                return new List<WooRecord>();
            }
        }

        private async Task<FoundItem> GetAloneAsync(ItemKey key, IWooLog log, CancellationToken cancellationToken)
        {
            try
            {
                return new FoundItem(key, await _api.GetAsync(key.Resource, key.Id!.Value, log, cancellationToken).ConfigureAwait(false), null);
            }
            catch (WooApiException failure) when (failure.IsAboutOneItem)
            {
                return new FoundItem(key, null, failure);
            }
        }

        /// <summary>Runs the requests, MaxConcurrency at a time; the first failure cancels the others and is what the caller sees.</summary>
        private async Task RunAsync(IEnumerable<Func<CancellationToken, Task>> requests, CancellationToken cancellationToken)
        {
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            using var wire = new WireSlots(_api.MaxConcurrency);
            List<Task> running = requests.Select(async request =>
            {
                try
                {
                    await wire.SendAsync(async () => { await request(stop.Token).ConfigureAwait(false); return true; }, stop.Token).ConfigureAwait(false);
                }
                catch
                {
                    stop.Cancel();
                    throw;
                }
            }).ToList();

            try
            {
                await Task.WhenAll(running).ConfigureAwait(false);
            }
            catch (Exception) when (running.FirstOrDefault(t => t.IsFaulted && !(t.Exception!.GetBaseException() is OperationCanceledException)) is Task first)
            {
                throw first.Exception!.GetBaseException();
            }
        }

        private static IEnumerable<string[]> Chunks(IEnumerable<string> values)
        {
            string[] distinct = values.Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
            for (int start = 0; start < distinct.Length; start += PerRequest)
            {
                yield return distinct.Skip(start).Take(PerRequest).ToArray();
            }
        }

        private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

        /// <summary>SKUs as MySQL's default collation compares them: the store finds "abc" when asked for "ABC".</summary>
        private sealed class RouteAndSkuComparer : IEqualityComparer<(string Route, string Sku)>
        {
            public bool Equals((string Route, string Sku) x, (string Route, string Sku) y) =>
                x.Route == y.Route && string.Equals(x.Sku, y.Sku, StringComparison.OrdinalIgnoreCase);

            public int GetHashCode((string Route, string Sku) key) =>
                key.Route.GetHashCode() ^ StringComparer.OrdinalIgnoreCase.GetHashCode(key.Sku);
        }
    }
}
