using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using WooPS.Core;
using WooPS.Core.Auth;
using WooPS.Core.Json;
using WooPS.Core.Resources;
using WooPS.Core.Resources.Catalog;
using WooPS.Tests.Support;

namespace WooPS.Tests.Paging
{
    /// <summary>Paging headers are a plan, checked against what arrives: a listing never ends short without a word.</summary>
    public class PagingHeadersTests
    {
        private readonly RecordingLog _log = new RecordingLog();
        private readonly List<int> _pagesAsked = new List<int>();

        /// <summary>A store of <paramref name="items"/> products whose headers say what <paramref name="headers"/> makes of (page count, total).</summary>
        /// <param name="ignoresPage">Answers every page with the first, as a page cache that ignores the query string does.</param>
        private StubHandler Store(int items, Func<int, int, (string? Pages, string? Total)> headers, bool ignoresPage = false) => new StubHandler((request, n) =>
        {
            Match page = Regex.Match(request.RequestUri!.Query, @"[?&]page=(\d+)");
            Match perPage = Regex.Match(request.RequestUri!.Query, @"[?&]per_page=(\d+)");
            if (!page.Success)
            {
                return StubHandler.Json(HttpStatusCode.OK, "[]"); // Connect's key check.
            }

            int number = int.Parse(page.Groups[1].Value);
            int size = int.Parse(perPage.Groups[1].Value);
            lock (_pagesAsked)
            {
                _pagesAsked.Add(number);
            }

            IEnumerable<int> ids = Enumerable.Range(1, items).Skip(((ignoresPage ? 1 : number) - 1) * size).Take(size);
            HttpResponseMessage response = StubHandler.Json(HttpStatusCode.OK, "[" + string.Join(",", ids.Select(id => $"{{\"id\":{id}}}")) + "]");
            (string? pages, string? total) = headers((items + size - 1) / size, items);
            if (pages != null)
            {
                response.Headers.Add("X-WP-TotalPages", pages);
            }

            if (total != null)
            {
                response.Headers.Add("X-WP-Total", total);
            }

            return response;
        });

        private async Task<List<WooRecord>> ListAsync(StubHandler store, int pageSize = 10, int firstPage = 1, int? lastPage = null)
        {
            var options = StoreTests.Options(new Uri("https://shop.example"), ConsumerCredential.Create("ck_" + new string('1', 40), "cs_" + new string('2', 40)), primaryHandler: () => store);
            using WooSession session = await WooSession.ConnectAsync(options, _log, default);
            return (await Listing.CollectAsync(session, WooResource.Products, new ProductQuery { PageSize = pageSize, FirstPage = firstPage, LastPage = lastPage }, _log)).Items;
        }

        [Fact]
        public async Task Truthful_headers_cost_one_request_per_page_and_no_warning()
        {
            List<WooRecord> items = await ListAsync(Store(30, (pages, total) => (pages.ToString(), total.ToString())));

            Assert.Equal(30, items.Count);
            Assert.Equal(new[] { 1, 2, 3 }, _pagesAsked.OrderBy(p => p));
            Assert.Empty(_log.Warnings);
        }

        [Fact]
        public async Task A_store_that_claims_100000_pages_is_read_until_its_first_empty_page_and_the_shortfall_is_told()
        {
            List<WooRecord> items = await ListAsync(Store(25, (pages, total) => ("100000", (100000 * 10).ToString())));

            Assert.Equal(25, items.Count);
            // Page 4 is the first empty one; the pages asked for beyond it were already asked for (at most twice MaxConcurrency).
            Assert.InRange(_pagesAsked.Count, 4, 4 + (2 * WooConnectOptions.DefaultMaxConcurrency));
            Assert.Contains(_log.Warnings, w => w.Contains("announced 1000000 products") && w.Contains("sent 25") && w.Contains("page 4 came back empty"));
        }

        [Fact]
        public async Task A_store_that_says_one_page_while_its_total_says_three_is_read_to_the_end_and_the_disagreement_told()
        {
            List<WooRecord> items = await ListAsync(Store(25, (pages, total) => ("1", total.ToString())));

            Assert.Equal(Enumerable.Range(1, 25).Select(i => (long?)i), items.Select(i => i.Id));
            Assert.Contains(_log.Warnings, w => w.Contains("X-WP-TotalPages says 1 pages") && w.Contains("X-WP-Total says 25 products"));
        }

        [Fact]
        public async Task A_store_that_sends_more_than_its_headers_say_is_paged_on_while_pages_are_full()
        {
            List<WooRecord> items = await ListAsync(Store(25, (pages, total) => ("1", "3")));

            Assert.Equal(25, items.Count);
            Assert.Equal(new[] { 1, 2, 3 }, _pagesAsked);
            Assert.Contains(_log.Warnings, w => w.Contains("announced 3 products") && w.Contains("sent 25"));
        }

        [Fact]
        public async Task Without_headers_a_listing_goes_on_while_pages_are_full()
        {
            List<WooRecord> items = await ListAsync(Store(20, (pages, total) => (null, null)));

            Assert.Equal(20, items.Count);
            Assert.Equal(new[] { 1, 2, 3 }, _pagesAsked);
            Assert.Empty(_log.Warnings);
        }

        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public async Task A_store_that_answers_every_page_alike_is_not_asked_forever_and_the_shortfall_is_told(bool withHeaders)
        {
            List<WooRecord> items = await ListAsync(Store(25, (pages, total) => withHeaders ? (pages.ToString(), total.ToString()) : (null, null), ignoresPage: true));

            Assert.Equal(Enumerable.Range(1, 10).Select(i => (long?)i), items.Select(i => i.Id));
            Assert.Contains(_log.Warnings, w => w.Contains("held only products already listed") && w.Contains("with 10 products"));
            Assert.InRange(_pagesAsked.Count, 2, withHeaders ? 3 : 2);
        }

        [Fact]
        public async Task A_listing_that_wants_two_pages_asks_for_no_more()
        {
            List<WooRecord> items = await ListAsync(Store(100, (pages, total) => (pages.ToString(), total.ToString())), lastPage: 2);

            Assert.Equal(20, items.Count);
            Assert.Equal(new[] { 1, 2 }, _pagesAsked.OrderBy(p => p));
            Assert.Empty(_log.Warnings);
        }

        [Fact]
        public async Task Starting_past_the_end_lists_nothing_with_one_request_and_no_warning()
        {
            List<WooRecord> items = await ListAsync(Store(25, (pages, total) => (pages.ToString(), total.ToString())), firstPage: 11);

            Assert.Empty(items);
            Assert.Equal(new[] { 11 }, _pagesAsked);
            Assert.Empty(_log.Warnings);
        }
    }
}
