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

namespace WooPS.Core.Resources.Lookups
{
    /// <summary>
    /// Many items by id or by natural key, fetched as lists rather than one by one: ids 100 to a request with
    /// <c>include=</c>; keys with their filter, as many to a request as it takes (SKUs 100, a coupon code or an
    /// e-mail one); up to MaxConcurrency requests at once. An id the list leaves out (a product in the trash, a
    /// variation asked for as a product, or none at all) is then asked for by itself, so it gets the store's own
    /// answer. A key no item has is an error for that key alone; so is a key two items share, which imports and
    /// plugins make although the REST API refuses it (63e): acting on either would be a guess.
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
        public async Task<IReadOnlyList<FoundItem>> FindAsync(IReadOnlyList<ItemKey> keys, IWooLog log, CancellationToken cancellationToken, LookupOptions? options = null)
        {
            options ??= LookupOptions.AsShown;
            // A value that can never name an item (an e-mail that is none) is its key's error; the store would
            // refuse the whole list for it.
            Dictionary<ItemKey, FoundItem> refused = keys.Where(k => k.Key != null && k.Resource.KeyLookup.Key!.Problem(k.Key) != null).Distinct()
                .ToDictionary(k => k, k => new FoundItem(k, null, new WooApiException(WooErrorCodes.WrongInput, $"{k}: {k.Resource.KeyLookup.Key!.Problem(k.Key!)}.") { Target = k.Key }));
            IReadOnlyList<ItemKey> asked = keys;
            keys = keys.Where(k => !refused.ContainsKey(k)).ToList();
            var byId = new Dictionary<(string Route, long Id), WooRecord>();
            var byKey = new KeyMatches();
            var lists = new List<Func<CancellationToken, Task>>();
            foreach (IGrouping<string, ItemKey> collection in keys.Where(k => k.Id != null).GroupBy(k => k.Resource.Route))
            {
                WooResource resource = collection.First().Resource;
                if (!resource.Paged)
                {
                    continue;
                }

                foreach (string[] ids in Chunks(collection.Select(k => Id(k.Id!.Value)), PerRequest))
                {
                    lists.Add(async token =>
                    {
                        List<WooRecord> listed = await ListAsync(resource, options, token, log, ("include", string.Join(",", ids))).ConfigureAwait(false);
                        lock (byId)
                        {
                            listed.Where(record => record.Id != null).ToList().ForEach(record => byId[(resource.Route, record.Id!.Value)] = record);
                        }
                    });
                }
            }

            lists.AddRange(KeyLists(keys.Where(k => k.Key != null).ToList(), options, byKey, null, log));
            await WireSlots.RunAllAsync(lists, _api.MaxConcurrency, cancellationToken).ConfigureAwait(false);

            // Values the key's filter did not find are looked for where it does not look (a draft coupon, the trash).
            int searches = keys.Where(k => k.Key != null).Select(k => k.Resource.KeyLookup.Key!.Searches.Count).DefaultIfEmpty(0).Max();
            for (int search = 0; search < searches; search++)
            {
                List<ItemKey> missing = keys.Where(k => k.Key != null && byKey.Of(k).Count == 0 && search < k.Resource.KeyLookup.Key!.Searches.Count
                                                        && (options.InTrashToo || !k.Resource.KeyLookup.Key!.Searches[search].InTrash)).ToList();
                await WireSlots.RunAllAsync(KeyLists(missing, options, byKey, search, log), _api.MaxConcurrency, cancellationToken).ConfigureAwait(false);
            }

            var alone = new Dictionary<(string Route, long Id), FoundItem>();
            List<ItemKey> unlisted = keys.Where(k => k.Id is long id && !byId.ContainsKey((k.Resource.Route, id)))
                .GroupBy(k => (k.Resource.Route, k.Id!.Value)).Select(g => g.First()).ToList();
            await WireSlots.RunAllAsync(unlisted.Select<ItemKey, Func<CancellationToken, Task>>(key => async token =>
            {
                FoundItem found = await GetAloneAsync(key, options, log, token).ConfigureAwait(false);
                lock (alone)
                {
                    alone[(key.Resource.Route, key.Id!.Value)] = found;
                }
            }), _api.MaxConcurrency, cancellationToken).ConfigureAwait(false);

            return asked.Select(key => refused.TryGetValue(key, out FoundItem? wrong) ? wrong : key.Id is long id
                ? byId.TryGetValue((key.Resource.Route, id), out WooRecord? listed) ? new FoundItem(key, listed, null) : alone[(key.Resource.Route, id)]
                : ByKey(key, byKey.Of(key))).ToList();
        }

        /// <summary>The list requests that find the items behind these keys: by the key's own filter, or by one of its other searches.</summary>
        /// <param name="search">Which of the key's <see cref="NaturalKey.Searches"/>, or null for its own filter.</param>
        private IEnumerable<Func<CancellationToken, Task>> KeyLists(List<ItemKey> keys, LookupOptions options, KeyMatches matches, int? search, IWooLog log)
        {
            foreach (IGrouping<string, ItemKey> collection in keys.GroupBy(k => k.Resource.KeyLookup.Route))
            {
                WooResource through = collection.First().Resource.KeyLookup;
                NaturalKey naturalKey = through.Key!;
                KeySearch? other = search is int index ? naturalKey.Searches[index] : null;
                // A key's own filter takes a list where the store allows one; a search takes one value.
                int perRequest = other == null || other.Filter == naturalKey.Field ? naturalKey.PerRequest : 1;
                foreach (string[] values in Chunks(collection.Select(k => k.Key!), perRequest))
                {
                    yield return async token =>
                    {
                        var query = new List<(string, string)> { (other?.Filter ?? naturalKey.Field, string.Join(",", values)) };
                        query.AddRange(naturalKey.Scope);
                        if (other != null)
                        {
                            query.Add(("status", other.Status));
                        }

                        List<WooRecord> listed = await ListAsync(through, options, token, log, query.ToArray()).ConfigureAwait(false);
                        // A search finds more than the value asked for (part of a code): only equal values count.
                        matches.Add(through, naturalKey, listed.Where(record => values.Any(value => naturalKey.Same(naturalKey.ValueOf(record), value))));
                    };
                }
            }
        }

        /// <summary>The one item with the key; none, or two, is the key's error.</summary>
        private static FoundItem ByKey(ItemKey key, IReadOnlyList<WooRecord> found)
        {
            NaturalKey naturalKey = key.Resource.KeyLookup.Key!;
            if (found.Count == 1)
            {
                return new FoundItem(key, found[0], null);
            }

            WooApiException failure = found.Count == 0
                ? new WooApiException(naturalKey.NotFound, $"No {key.Resource.Noun} has {naturalKey.Describe(key.Key!)}.", 404) { Target = key.Key }
                : new WooApiException(
                    WooErrorCodes.AmbiguousKey,
                    $"{Capitalized(naturalKey.Describe(key.Key!))} names {found.Count} items: {string.Join(", ", found.Select(item => key.Resource.KeyLookup.CollectionOf(item).LabelOf(item.Id ?? 0, item)))}. Acting on one of them would be a guess.",
                    409,
                    hint: $"Give the {naturalKey.Noun} to one of them only (an import or a plugin gave it twice), or name the item by its id.") { Target = key.Key };
            failure.Data["TypeName"] = key.Resource.TypeName;
            failure.Data["Key"] = key.Key;
            return new FoundItem(key, null, failure);
        }

        /// <summary>
        /// The items of one filtered list, every page of it: a key two items share makes more items than values
        /// asked, and a search finds others beside the one meant. A list the store refuses for what it names (a
        /// parent that does not exist) is an empty one: its ids are then asked for one by one, and each gets that
        /// answer as its error.
        /// </summary>
        private async Task<List<WooRecord>> ListAsync(WooResource resource, LookupOptions options, CancellationToken cancellationToken, IWooLog log, params (string Name, string Value)[] filters)
        {
            var records = new List<WooRecord>();
            for (int page = 1; ; page++)
            {
                var request = new WooRequest(HttpMethod.Get, resource.Route);
                foreach ((string name, string value) in filters)
                {
                    request.With(name, value);
                }

                request.With("per_page", Id(PerRequest));
                if (page > 1)
                {
                    request.With("page", Id(page));
                }

                AddReading(request, resource, options);
                try
                {
                    using WooResponse answer = await _api.SendAsync(request, log, cancellationToken).ConfigureAwait(false);
                    // An item that cannot be read is left out of the list; asked for alone, it gets an error of its own.
                    List<WooRecord> listed = resource.ReadList(answer).Records;
                    records.AddRange(listed);
                    // The headers say whether there is more; without them, a full page may have a next one.
                    bool more = answer.TotalPages is int pages ? page < pages : listed.Count >= PerRequest;
                    if (!more || listed.Count == 0)
                    {
                        return records;
                    }
                }
                catch (WooApiException refused) when (refused.IsAboutOneItem && filters[0].Name == "include")
                {
                    return records;
                }
            }
        }

        private async Task<FoundItem> GetAloneAsync(ItemKey key, LookupOptions options, IWooLog log, CancellationToken cancellationToken)
        {
            try
            {
                return new FoundItem(key, await _api.GetAsync(key.Resource, key.Id!.Value, log, cancellationToken, Fields(key.Resource, options), options.ToEdit).ConfigureAwait(false), null);
            }
            catch (WooApiException failure) when (failure.IsAboutOneItem)
            {
                return new FoundItem(key, null, failure);
            }
        }

        private static void AddReading(WooRequest request, WooResource resource, LookupOptions options)
        {
            if (options.ToEdit)
            {
                request.With("context", "edit");
            }

            if (Fields(resource, options) is IReadOnlyList<string> fields)
            {
                request.With("_fields", string.Join(",", fields));
            }
        }

        /// <summary>The fields to ask for: those wanted, and whatever places and names the item; null for all.</summary>
        private static IReadOnlyList<string>? Fields(WooResource resource, LookupOptions options) =>
            options.Fields?.Union(resource.IdentityFields).ToList();

        private static IEnumerable<string[]> Chunks(IEnumerable<string> values, int size)
        {
            string[] distinct = values.Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
            for (int start = 0; start < distinct.Length; start += size)
            {
                yield return distinct.Skip(start).Take(size).ToArray();
            }
        }

        private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);

        private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

        /// <summary>The items found per key value, whatever its case (MySQL compares SKUs, codes and e-mails so).</summary>
        private sealed class KeyMatches
        {
            private readonly Dictionary<(string Route, string Key), List<WooRecord>> _found = new Dictionary<(string, string), List<WooRecord>>();

            public void Add(WooResource through, NaturalKey key, IEnumerable<WooRecord> records)
            {
                lock (_found)
                {
                    foreach (WooRecord record in records)
                    {
                        var slot = (through.Route, key.ValueOf(record)!.Trim().ToUpperInvariant());
                        if (!_found.TryGetValue(slot, out List<WooRecord>? items))
                        {
                            _found[slot] = items = new List<WooRecord>();
                        }

                        // The same item found twice (by two overlapping searches) is one item.
                        if (!items.Any(item => item.Id == record.Id))
                        {
                            items.Add(record);
                        }
                    }
                }
            }

            public IReadOnlyList<WooRecord> Of(ItemKey key) =>
                _found.TryGetValue((key.Resource.KeyLookup.Route, key.Key!.ToUpperInvariant()), out List<WooRecord>? items) ? items : (IReadOnlyList<WooRecord>)Array.Empty<WooRecord>();
        }
    }
}
