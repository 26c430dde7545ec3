using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using WooPS.Core.Http;
using WooPS.Core.Json;
using WooPS.Core.Paging;
using WooPS.Core.Resources.Lookups;
using WooPS.Core.Resources.Writes;

namespace WooPS.Core.Resources
{
    /// <summary>
    /// What can be done with any <see cref="WooResource"/>: get one item, list them page by page, create, update,
    /// delete and batch; beside it, lookups of many items by id or natural key (<see cref="Items"/>), of terms by
    /// name or slug (<see cref="Terms"/>), and writes of many rows (<see cref="NewWriteRun"/>). Items come back
    /// with the store's HTML-encoded text decoded.
    /// </summary>
    public sealed class ResourceApi
    {
        private readonly WooConnection _connection;
        private readonly Func<int> _maxConcurrency;

        internal ResourceApi(WooConnection connection, Func<int> maxConcurrency)
        {
            _connection = connection;
            _maxConcurrency = maxConcurrency;
            Items = new ItemLookup(this);
            Terms = new TermLookup(this);
            Settings = new StoreSettings(this);
        }

        /// <summary>Many items by id or natural key at once, 100 to a request where the store allows it.</summary>
        public ItemLookup Items { get; }

        /// <summary>Categories, tags and attribute terms by id, slug or name.</summary>
        public TermLookup Terms { get; }

        internal StoreSettings Settings { get; }

        /// <summary>The rows of one write command: batched, compared with the store, one outcome each, whatever the ending.</summary>
        public WriteRun NewWriteRun(WriteRunSettings settings) => new WriteRun(this, settings);

        internal int MaxConcurrency => _maxConcurrency();

        /// <param name="toEdit">Read in the edit context: text fields as stored, not as the shop shows them.</param>
        public async Task<WooRecord> GetAsync(WooResource resource, long id, IWooLog log, CancellationToken cancellationToken, IReadOnlyList<string>? fields = null, bool toEdit = false)
        {
            var request = new WooRequest(HttpMethod.Get, resource.ItemRoute(id));
            if (fields != null)
            {
                request.With("_fields", string.Join(",", fields));
            }

            if (toEdit)
            {
                request.With("context", "edit");
            }

            try
            {
                return await SendForItemAsync(resource, request, log, cancellationToken).ConfigureAwait(false);
            }
            catch (WooApiException failure) when (failure.StatusCode == 404)
            {
                throw failure.About(id, $"No {resource.Noun} with id {Id(id)}: the store answered \"{failure.Message}\"");
            }
        }

        /// <summary>
        /// Every item matching the query, converted in the background, page by page in order (see <see cref="Pager"/>).
        /// A nested collection that comes back empty is checked for its parent, so a missing product is an error
        /// and not an empty list.
        /// </summary>
        public async Task ListAsync<T>(WooResource resource, ListQuery query, Func<WooRecord, T> convert, Func<WooPage<T>, Task<bool>> onPage, IWooLog log, CancellationToken cancellationToken)
        {
            if (query.PageSize < 1 || query.PageSize > ListQuery.MaxPageSize)
            {
                throw new ArgumentOutOfRangeException(nameof(query), query.PageSize, "The page size is 1 to 100.");
            }

            bool anything = false;
            try
            {
                await Pager.ListAsync(_connection, resource, query, MaxConcurrency, convert, page =>
                {
                    anything |= page.Items.Count + page.Unreadable.Count > 0;
                    return onPage(page);
                }, log, cancellationToken).ConfigureAwait(false);
            }
            catch (WooApiException failure) when (failure.StatusCode == 404 && resource.ParentId is long missing)
            {
                // The parent is not there (an attribute's terms: "Taxonomy does not exist."): say which.
                throw failure.About(missing, $"No {resource.Parent!.Singular} with id {Id(missing)}: the store answered \"{failure.Message}\"");
            }

            if (!anything && query.FirstPage == 1 && resource.Parent != null && resource.ParentId is long parent)
            {
                await GetAsync(resource.Parent, parent, log, cancellationToken, new[] { "id" }).ConfigureAwait(false);
            }
        }

        /// <summary>Creates one item (POST); the store's answer is the item as created.</summary>
        public Task<WooRecord> CreateAsync(WooResource resource, IEnumerable<KeyValuePair<string, object?>> fields, IWooLog log, CancellationToken cancellationToken) =>
            SendForItemAsync(resource, CreateRequest(resource, fields), log, cancellationToken);

        /// <summary>Changes the given fields of one item (PUT); the others stay as they are.</summary>
        public Task<WooRecord> UpdateAsync(WooResource resource, long id, IEnumerable<KeyValuePair<string, object?>> fields, IWooLog log, CancellationToken cancellationToken) =>
            ForItemAsync(resource, id, UpdateRequest(resource, id, fields), log, cancellationToken);

        internal WooRequest CreateRequest(WooResource resource, IEnumerable<KeyValuePair<string, object?>> fields) =>
            new WooRequest(HttpMethod.Post, resource.Route) { JsonBody = WooJsonWriter.Write(fields) };

        internal WooRequest UpdateRequest(WooResource resource, long id, IEnumerable<KeyValuePair<string, object?>> fields) =>
            new WooRequest(HttpMethod.Put, resource.ItemRoute(id)) { JsonBody = WooJsonWriter.Write(fields) };

        /// <summary>
        /// Deletes one item: to the trash where WooCommerce keeps one (products, coupons, orders), for good with
        /// <paramref name="force"/>. The answer is the item as it was.
        /// </summary>
        public Task<WooRecord> DeleteAsync(WooResource resource, long id, bool force, IWooLog log, CancellationToken cancellationToken) =>
            ForItemAsync(resource, id, DeleteRequest(resource, id, force), log, cancellationToken);

        internal WooRequest DeleteRequest(WooResource resource, long id, bool force)
        {
            var request = new WooRequest(HttpMethod.Delete, resource.ItemRoute(id));
            if (force)
            {
                request.With("force", "true");
            }

            return request;
        }

        /// <summary>
        /// One request to the resource's batch route, at most <see cref="BatchRequest.MaxItems"/> items. WooCommerce
        /// answers 200 even when items fail: each item's outcome is in the result, in the order asked. A batch of
        /// updates only is safe to send again after a failure, and is retried like a read.
        /// </summary>
        public async Task<BatchResult> BatchAsync(WooResource resource, BatchRequest batch, IWooLog log, CancellationToken cancellationToken)
        {
            var request = new WooRequest(HttpMethod.Post, resource.BatchRoute)
            {
                JsonBody = batch.ToJson(),
                // Updates leave the same result when sent twice; a repeated create makes a second item, and a repeated
                // delete reports "invalid id" for what the first one deleted.
                SafeToRepeat = batch.Create.Count == 0 && batch.Delete.Count == 0,
            };
            using WooResponse response = await _connection.SendAsync(request, log, cancellationToken).ConfigureAwait(false);
            return BatchResult.Read(resource, batch, response);
        }

        /// <summary>One request through the connection, for the lookups beside this class.</summary>
        internal Task<WooResponse> SendAsync(WooRequest request, IWooLog log, CancellationToken cancellationToken) =>
            _connection.SendAsync(request, log, cancellationToken);

        private async Task<WooRecord> ForItemAsync(WooResource resource, long id, WooRequest request, IWooLog log, CancellationToken cancellationToken)
        {
            try
            {
                return await SendForItemAsync(resource, request, log, cancellationToken).ConfigureAwait(false);
            }
            catch (WooApiException failure) when (failure.IsAboutOneItem)
            {
                throw failure.About(id, $"{resource.Noun} {Id(id)}: {failure.Message}");
            }
        }

        internal async Task<WooRecord> SendForItemAsync(WooResource resource, WooRequest request, IWooLog log, CancellationToken cancellationToken)
        {
            using WooResponse response = await _connection.SendAsync(request, log, cancellationToken).ConfigureAwait(false);
            JsonElement root = response.Json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new WooApiException(WooErrorCodes.UnexpectedResponse, $"The store answered {response.Shown} with {WooJson.Describe(root)}, not a {resource.Singular}.", response.Status);
            }

            return resource.Decode(WooJson.ToRecord(root));
        }

        private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
    }
}
