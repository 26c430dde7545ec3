using System;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using WooPS.Core.Http;
using WooPS.Core.Json;
using WooPS.Core.Paging;

namespace WooPS.Core.Resources
{
    /// <summary>Reading the catalogue: any collection by id or as a listing, and category or tag names resolved to ids.</summary>
    public sealed class CatalogApi
    {
        private readonly WooConnection _connection;
        private readonly Func<int> _maxConcurrency;

        internal CatalogApi(WooConnection connection, Func<int> maxConcurrency)
        {
            _connection = connection;
            _maxConcurrency = maxConcurrency;
        }

        public async Task<WooRecord> GetAsync(WooResource resource, long id, IWooLog log, CancellationToken cancellationToken)
        {
            try
            {
                using WooResponse response = await _connection.SendAsync(new WooRequest(HttpMethod.Get, resource.ItemRoute(id)), log, cancellationToken).ConfigureAwait(false);
                return WooJson.ToRecord(response.Json.RootElement);
            }
            catch (WooApiException failure) when (failure.StatusCode == 404)
            {
                throw new WooApiException(failure.Code, $"No {resource.Noun} with id {id}: the store answered \"{failure.Message}\"", failure.StatusCode) { Target = id };
            }
        }

        /// <summary>Every item matching the query, converted in the background, page by page in order (see <see cref="Pager"/>).</summary>
        public Task ListAsync<T>(WooResource resource, ListQuery query, Func<WooRecord, T> convert, Func<WooPage<T>, Task<bool>> onPage, IWooLog log, CancellationToken cancellationToken)
        {
            if (query.PageSize < 1 || query.PageSize > ListQuery.MaxPageSize)
            {
                throw new ArgumentOutOfRangeException(nameof(query), query.PageSize, "The page size is 1 to 100.");
            }

            return Pager.ListAsync(_connection, resource, query, _maxConcurrency(), convert, onPage, log, cancellationToken);
        }

        /// <summary>
        /// The id of a category or tag given by id, slug or name: a number is an id; otherwise an exact slug,
        /// else an exact name (case-insensitive). Not found is an error that says so.
        /// </summary>
        public async Task<long> FindTermAsync(WooResource taxonomy, string idSlugOrName, IWooLog log, CancellationToken cancellationToken)
        {
            string wanted = idSlugOrName.Trim();
            if (long.TryParse(wanted, out long id))
            {
                return id;
            }

            WooRecord? found = await FirstAsync(taxonomy, new TermQuery { Slug = wanted }, _ => true, log, cancellationToken).ConfigureAwait(false)
                ?? await FirstAsync(taxonomy, new TermQuery { Search = wanted }, t => string.Equals(t["name"] as string, wanted, StringComparison.OrdinalIgnoreCase), log, cancellationToken).ConfigureAwait(false);
            return found?.Id ?? throw new WooApiException(
                "woops_term_not_found",
                $"The store has no {taxonomy.Noun} with the slug or name '{wanted}'.",
                404,
                hint: $"List them with Get-Woo{(taxonomy == WooResource.Tags ? "ProductTag" : "ProductCategory")} -Search, or give the id.") { Target = wanted };
        }

        private async Task<WooRecord?> FirstAsync(WooResource taxonomy, TermQuery query, Func<WooRecord, bool> matches, IWooLog log, CancellationToken cancellationToken)
        {
            WooRecord? found = null;
            await ListAsync(taxonomy, query, term => term, page =>
            {
                found = page.Items.FirstOrDefault(matches);
                return Task.FromResult(found == null);
            }, log, cancellationToken).ConfigureAwait(false);
            return found;
        }
    }
}
