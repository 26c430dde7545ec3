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

        /// <param name="toEdit">
        /// The items are read to be changed: in the edit context, where text fields are as stored (the view context
        /// passes a description through wpautop, so it would never compare equal to what was written).
        /// </param>
        /// <returns>One outcome per key, in the order of the keys.</returns>
        /// <param name="fields">Only these fields of each item (WooCommerce's _fields), when not all are needed.</param>
        public async Task<IReadOnlyList<FoundItem>> FindAsync(IReadOnlyList<ItemKey> keys, IWooLog log, CancellationToken cancellationToken, bool toEdit = false, IReadOnlyList<string>? fields = null)
        {
            var reading = new Reading(toEdit, fields);
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
                            List<WooRecord> listed = await ListAsync(resource, "include", ids, reading, log, token).ConfigureAwait(false);
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
                        List<WooRecord> listed = await ListAsync(resource, "sku", skus, reading, log, token).ConfigureAwait(false);
                        lock (bySku)
                        {
                            listed.Where(record => record["sku"] is string).ToList().ForEach(record => bySku[(resource.Route, (string)record["sku"]!)] = record);
                        }
                    });
                }
            }

            await WireSlots.RunAllAsync(lists, _api.MaxConcurrency, cancellationToken).ConfigureAwait(false);

            var alone = new Dictionary<(string Route, long Id), FoundItem>();
            List<ItemKey> unlisted = keys.Where(k => k.Id is long id && !byId.ContainsKey((k.Resource.Route, id)))
                .GroupBy(k => (k.Resource.Route, k.Id!.Value)).Select(g => g.First()).ToList();
            await WireSlots.RunAllAsync(unlisted.Select<ItemKey, Func<CancellationToken, Task>>(key => async token =>
            {
                FoundItem found = await GetAloneAsync(key, reading, log, token).ConfigureAwait(false);
                lock (alone)
                {
                    alone[(key.Resource.Route, key.Id!.Value)] = found;
                }
            }), _api.MaxConcurrency, cancellationToken).ConfigureAwait(false);

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
        private async Task<List<WooRecord>> ListAsync(WooResource resource, string filter, string[] values, Reading reading, IWooLog log, CancellationToken cancellationToken)
        {
            var request = new WooRequest(HttpMethod.Get, resource.Route)
                .With(filter, string.Join(",", values))
                .With("per_page", Id(PerRequest));
            if (reading.ToEdit)
            {
                request.With("context", "edit");
            }

            if (reading.Fields != null)
            {
                request.With("_fields", string.Join(",", reading.Fields));
            }

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

        private async Task<FoundItem> GetAloneAsync(ItemKey key, Reading reading, IWooLog log, CancellationToken cancellationToken)
        {
            try
            {
                return new FoundItem(key, await _api.GetAsync(key.Resource, key.Id!.Value, log, cancellationToken, reading.Fields, reading.ToEdit).ConfigureAwait(false), null);
            }
            catch (WooApiException failure) when (failure.IsAboutOneItem)
            {
                return new FoundItem(key, null, failure);
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

        /// <summary>How the items are read: the context, and which fields (null: all).</summary>
        private sealed class Reading
        {
            public Reading(bool toEdit, IReadOnlyList<string>? fields)
            {
                ToEdit = toEdit;
                // Whatever else is asked for, the lookup itself needs these.
                Fields = fields?.Union(new[] { "id", "sku", "type", "parent_id" }).ToList();
            }

            public bool ToEdit { get; }

            public IReadOnlyList<string>? Fields { get; }
        }

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
