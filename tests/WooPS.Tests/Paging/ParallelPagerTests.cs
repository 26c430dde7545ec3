using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using WooPS.Core;
using WooPS.Core.Auth;
using WooPS.Core.Paging;
using WooPS.Core.Resources;
using WooPS.Tests.Support;

namespace WooPS.Tests.Paging
{
    /// <summary>The paging engine against a scripted store whose pages take as long as each test says.</summary>
    public class ParallelPagerTests
    {
        private const int PageSize = 10;
        private readonly RecordingLog _log = new RecordingLog();
        private readonly ConcurrentQueue<int> _requestedPages = new ConcurrentQueue<int>();
        private int _inFlight;
        private int _mostInFlight;

        /// <summary>A store of <paramref name="pages"/> full pages; <paramref name="delay"/> says how long each page takes.</summary>
        private StubHandler Store(int pages, Func<int, TimeSpan> delay, int failingPage = 0) => new StubHandler(async (request, n, cancellation) =>
        {
            Match pageParameter = Regex.Match(request.RequestUri!.Query, @"[?&]page=(\d+)");
            if (!pageParameter.Success)
            {
                return StubHandler.Json(HttpStatusCode.OK, "[]"); // Connect's key check.
            }

            int page = int.Parse(pageParameter.Groups[1].Value);
            _requestedPages.Enqueue(page);
            int now = Interlocked.Increment(ref _inFlight);
            InterlockedMax(ref _mostInFlight, now);
            try
            {
                await Task.Delay(delay(page), cancellation);
                if (page == failingPage)
                {
                    return StubHandler.Json(HttpStatusCode.BadRequest, "{\"code\":\"broken_page\",\"message\":\"This page is broken.\",\"data\":{\"status\":400}}");
                }

                string items = string.Join(",", Enumerable.Range((page - 1) * PageSize + 1, PageSize).Select(id => $"{{\"id\":{id}}}"));
                HttpResponseMessage response = StubHandler.Json(HttpStatusCode.OK, "[" + items + "]");
                response.Headers.Add("X-WP-Total", (pages * PageSize).ToString());
                response.Headers.Add("X-WP-TotalPages", pages.ToString());
                return response;
            }
            finally
            {
                Interlocked.Decrement(ref _inFlight);
            }
        });

        private static void InterlockedMax(ref int target, int value)
        {
            int seen;
            while (value > (seen = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, seen) != seen)
            {
            }
        }

        private async Task<WooSession> ConnectAsync(StubHandler store, int maxConcurrency)
        {
            var options = StoreTests.Options(new Uri("https://shop.example"), ConsumerCredential.Create("ck_" + new string('1', 40), "cs_" + new string('2', 40)), primaryHandler: () => store);
            options.MaxConcurrency = maxConcurrency;
            return await WooSession.ConnectAsync(options, _log, default);
        }

        private async Task<List<long?>> ListAsync(WooSession session, Func<WooPage<WooPS.Core.Json.WooRecord>, bool>? onPage = null, int firstPage = 1)
        {
            var ids = new List<long?>();
            await session.Catalog.ListAsync(WooResource.Products, new ProductQuery { PageSize = PageSize, FirstPage = firstPage }, record => record, page =>
            {
                ids.AddRange(page.Items.Select(i => i.Id));
                return Task.FromResult(onPage?.Invoke(page) ?? true);
            }, _log, default);
            return ids;
        }

        [Theory]
        [InlineData(1)]
        [InlineData(3)]
        [InlineData(8)]
        public async Task Keeps_at_most_MaxConcurrency_pages_in_flight(int maxConcurrency)
        {
            using WooSession session = await ConnectAsync(Store(12, page => TimeSpan.FromMilliseconds(40)), maxConcurrency);

            List<long?> ids = await ListAsync(session);

            Assert.Equal(120, ids.Count);
            Assert.Equal(maxConcurrency, _mostInFlight);
        }

        [Fact]
        public async Task Hands_pages_on_in_page_order_even_when_later_pages_arrive_first()
        {
            using WooSession session = await ConnectAsync(Store(6, page => TimeSpan.FromMilliseconds(page == 2 ? 300 : 10)), 4);
            var order = new List<int>();

            List<long?> ids = await ListAsync(session, page => { order.Add(page.Number); return true; });

            Assert.Equal(new[] { 1, 2, 3, 4, 5, 6 }, order);
            Assert.Equal(Enumerable.Range(1, 60).Select(i => (long?)i), ids);
        }

        [Fact]
        public async Task Asks_for_no_second_page_before_the_first_has_been_handed_on()
        {
            using WooSession session = await ConnectAsync(Store(20, page => TimeSpan.Zero), 4);

            await ListAsync(session, page => false);

            Assert.Equal(new[] { 1 }, _requestedPages);
        }

        [Fact]
        public async Task Stopping_early_cancels_the_pages_in_flight_and_starts_no_more()
        {
            using WooSession session = await ConnectAsync(Store(50, page => TimeSpan.FromMilliseconds(page <= 2 ? 0 : 5000)), 4);
            var clock = System.Diagnostics.Stopwatch.StartNew();

            await ListAsync(session, page => page.Number < 2);

            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(4), $"took {clock.Elapsed}");
            Assert.True(_requestedPages.Count <= 1 + 4 + 1, string.Join(",", _requestedPages));
            Assert.Equal(0, Volatile.Read(ref _inFlight));
        }

        [Fact]
        public async Task A_failing_page_fails_the_listing_and_cancels_the_others()
        {
            using WooSession session = await ConnectAsync(Store(30, page => TimeSpan.FromMilliseconds(page == 3 ? 0 : 3000), failingPage: 3), 4);

            var failure = await Assert.ThrowsAsync<WooApiException>(() => ListAsync(session));

            Assert.Equal("broken_page", failure.Code);
            Assert.Equal(0, Volatile.Read(ref _inFlight));
        }

        [Fact]
        public async Task Starts_at_the_first_page_asked_for()
        {
            using WooSession session = await ConnectAsync(Store(5, page => TimeSpan.Zero), 2);

            List<long?> ids = await ListAsync(session, firstPage: 4);

            Assert.Equal(new[] { 4, 5 }, _requestedPages.OrderBy(p => p));
            Assert.Equal(Enumerable.Range(31, 20).Select(i => (long?)i), ids);
        }
    }
}
