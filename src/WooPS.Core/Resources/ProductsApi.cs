using System;
using System.Globalization;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using WooPS.Core.Http;
using WooPS.Core.Json;
using WooPS.Core.Paging;

namespace WooPS.Core.Resources
{
    /// <summary>The products routes of wc/v3.</summary>
    public sealed class ProductsApi
    {
        private const string Route = "products";
        private readonly WooConnection _connection;

        internal ProductsApi(WooConnection connection)
        {
            _connection = connection;
        }

        public async Task<WooRecord> GetAsync(long id, IWooLog log, CancellationToken cancellationToken)
        {
            var request = new WooRequest(HttpMethod.Get, Route + "/" + id.ToString(CultureInfo.InvariantCulture));
            try
            {
                using WooResponse response = await _connection.SendAsync(request, log, cancellationToken).ConfigureAwait(false);
                return WooJson.ToRecord(response.Json.RootElement);
            }
            catch (WooApiException failure) when (failure.StatusCode == 404)
            {
                throw new WooApiException(failure.Code, $"No product with id {id}: the store answered \"{failure.Message}\"", failure.StatusCode) { Target = id };
            }
        }

        /// <summary>Every product matching the query, oldest id first, page by page.</summary>
        public Task ListAsync(ProductQuery query, Func<WooPage, bool> onPage, IWooLog log, CancellationToken cancellationToken)
        {
            if (query.PageSize < 1 || query.PageSize > ProductQuery.MaxPageSize)
            {
                throw new ArgumentOutOfRangeException(nameof(query), query.PageSize, "The page size is 1 to 100.");
            }

            return Pager.ListAsync(_connection, page => ListRequest(query, page), query.PageSize, onPage, log, cancellationToken);
        }

        private static WooRequest ListRequest(ProductQuery query, int page)
        {
            var request = new WooRequest(HttpMethod.Get, Route);
            if (query.Sku != null && query.Sku.Count > 0)
            {
                request.With("sku", string.Join(",", query.Sku));
            }

            if (!string.IsNullOrEmpty(query.Search))
            {
                request.With("search", query.Search!);
            }

            if (!string.IsNullOrEmpty(query.Status))
            {
                request.With("status", query.Status!);
            }

            // Ordered by id, a product added while paging lands on the last page instead of shifting every page;
            // the store's default (newest first) breaks ties within a second in no stable order.
            return request
                .With("orderby", "id")
                .With("order", "asc")
                .With("per_page", query.PageSize.ToString(CultureInfo.InvariantCulture))
                .With("page", page.ToString(CultureInfo.InvariantCulture));
        }
    }
}
