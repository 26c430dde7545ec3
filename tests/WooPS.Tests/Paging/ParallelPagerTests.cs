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
using WooPS.Core.Resources.Catalog;
using WooPS.Tests.Support;

namespace WooPS.Tests.Paging
{
    /// <summary>
    /// The paging engine against a scripted store. Every page waits for an event the test names (another page
    /// seen or answered, the listing cancelled), never for a length of time, so each run takes the same path.
    /// </summary>
    public class ParallelPagerTests
    {
        private const int PageSize = 10;

        /// <summary>Only a guard against a hang turning into a hung test run; no assertion depends on it.</summary>
        private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);

        private readonly RecordingLog _log = new RecordingLog();
        private readonly ConcurrentQueue<int> _requestedPages = new ConcurrentQueue<int>();
        private readonly ConcurrentDictionary<int, TaskCompletionSource<bool>> _seen = new ConcurrentDictionary<int, TaskCompletionSource<bool>>();
        private readonly ConcurrentDictionary<int, TaskCompletionSource<bool>> _answered = new ConcurrentDictionary<int, TaskCompletionSource<bool>>();
        private int _inFlight;
        private int _mostInFlight;
        private int _cancelled;

        private Task Seen(int page) => Event(_seen, page).Task;

        private Task Answered(int page) => Event(_answered, page).Task;

        private static TaskCompletionSource<bool> Event(ConcurrentDictionary<int, TaskCompletionSource<bool>> events, int page) =>
            events.GetOrAdd(page, _ => new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously));

        /// <summary>
        /// A store of <paramref name="pages"/> full pages. <paramref name="holdUntil"/> says what each page waits
        /// for before it is answered; a page whose wait is cancelled counts as cancelled.
        /// </summary>
        private StubHandler Store(int pages, Func<int, CancellationToken, Task> holdUntil, int failingPage = 0) => new StubHandler(async (request, n, cancellation) =>
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
            Event(_seen, page).TrySetResult(true);
            try
            {
                await holdUntil(page, cancellation);
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
            catch (OperationCanceledException)
            {
                Interlocked.Increment(ref _cancelled);
                throw;
            }
            finally
            {
                Interlocked.Decrement(ref _inFlight);
                Event(_answered, page).TrySetResult(true);
            }
        });

        private static Task AtOnce(int page, CancellationToken cancellation) => Task.CompletedTask;

        private static Task UntilCancelled(CancellationToken cancellation) => Task.Delay(Timeout.Infinite, cancellation);

        private static void InterlockedMax(ref int target, int value)
        {
            int seen;
            while (value > (seen = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, seen) != seen)
            {
            }
        }

        /// <param name="fixedConcurrency">MaxConcurrency at once, as these tests of the pager's own parallelism need; false: the adaptive limit under it.</param>
        private async Task<WooSession> ConnectAsync(StubHandler store, int maxConcurrency, bool fixedConcurrency = true)
        {
            var options = StoreTests.Options(new Uri("https://shop.example"), ConsumerCredential.Create("ck_" + new string('1', 40), "cs_" + new string('2', 40)), primaryHandler: () => store);
            options.MaxConcurrency = maxConcurrency;
            options.FixedConcurrency = fixedConcurrency;
            return await WooSession.ConnectAsync(options, _log, default);
        }

        private async Task<List<long?>> ListAsync(WooSession session, Func<WooPage<WooPS.Core.Json.WooRecord>, bool>? onPage = null, int firstPage = 1, CancellationToken cancellation = default)
        {
            var (items, _) = await Listing.CollectAsync(session, WooResource.Products, new ProductQuery { PageSize = PageSize, FirstPage = firstPage }, _log, onPage, cancellation).WaitAsync(Guard);
            return items.Select(i => i.Id).ToList();
        }

        [Theory]
        [InlineData(1)]
        [InlineData(3)]
        [InlineData(8)]
        public async Task Keeps_at_most_MaxConcurrency_pages_in_flight_and_uses_them_all(int maxConcurrency)
        {
            const int pages = 12;
            // Each page after the first is held until as many are in flight as the pager may send: MaxConcurrency,
            // or every page not yet answered. A pager that sends fewer leaves its pages waiting (the guard fails the
            // test); one that sends more shows in the peak.
            var waiting = new List<TaskCompletionSource<bool>>();
            int unanswered = pages;
            async Task HoldForFullWire(int page, CancellationToken cancellation)
            {
                if (page > 1)
                {
                    var release = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
                    lock (waiting)
                    {
                        waiting.Add(release);
                        if (Volatile.Read(ref _inFlight) >= Math.Min(maxConcurrency, Volatile.Read(ref unanswered)))
                        {
                            waiting.ForEach(w => w.TrySetResult(true));
                            waiting.Clear();
                        }
                    }

                    await release.Task.WaitAsync(Guard, cancellation);
                }

                Interlocked.Decrement(ref unanswered);
            }

            using WooSession session = await ConnectAsync(Store(pages, HoldForFullWire), maxConcurrency);

            List<long?> ids = await ListAsync(session);

            Assert.Equal(pages * PageSize, ids.Count);
            Assert.Equal(maxConcurrency, _mostInFlight);
        }

        [Fact]
        public async Task Hands_pages_on_in_page_order_even_when_later_pages_arrive_first()
        {
            // Page 2 is answered only after page 6, which can go out only once pages 3 to 5 have freed their slots.
            using WooSession session = await ConnectAsync(Store(6, (page, cancellation) => page == 2 ? Answered(6) : Task.CompletedTask), 4);
            var order = new List<int>();

            List<long?> ids = await ListAsync(session, page => { order.Add(page.Number); return true; });

            Assert.Equal(new[] { 1, 2, 3, 4, 5, 6 }, order);
            Assert.Equal(Enumerable.Range(1, 60).Select(i => (long?)i), ids);
        }

        [Fact]
        public async Task Asks_for_no_second_page_before_the_first_has_been_handed_on()
        {
            using WooSession session = await ConnectAsync(Store(20, AtOnce), 4);

            await ListAsync(session, page => false);

            Assert.Equal(new[] { 1 }, _requestedPages);
        }

        [Fact]
        public async Task Stopping_early_cancels_the_pages_in_flight_and_starts_no_more()
        {
            using WooSession session = await ConnectAsync(Store(50, (page, cancellation) => page <= 2 ? Task.CompletedTask : UntilCancelled(cancellation)), 4);

            await ListAsync(session, page => page.Number < 2);

            // Page 1 alone, then four on the wire (2–5); page 2's slot may go to page 6 before the stop.
            Assert.Subset(new HashSet<int>(Enumerable.Range(1, 6)), new HashSet<int>(_requestedPages));
            Assert.Equal(_requestedPages.Count - 2, Volatile.Read(ref _cancelled));
            Assert.Equal(0, Volatile.Read(ref _inFlight));
        }

        [Fact]
        public async Task A_fetch_waiting_for_a_slot_when_the_listing_is_cancelled_never_sends()
        {
            // One slot: page 3 holds it while page 4 waits. Cancelling frees the slot, and whichever of the two hears
            // of it first, page 4 must not go out. (WireSlotsTests plays the losing order deterministically.)
            using var cancellation = new CancellationTokenSource();
            using WooSession session = await ConnectAsync(Store(10, (page, token) => page <= 2 ? Task.CompletedTask : UntilCancelled(token)), 1);
            Task listing = ListAsync(session, cancellation: cancellation.Token);

            await Seen(3).WaitAsync(Guard);
            cancellation.Cancel();

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => listing);
            Assert.Equal(new[] { 1, 2, 3 }, _requestedPages);
            Assert.Equal(0, Volatile.Read(ref _inFlight));
        }

        [Fact]
        public async Task A_failing_page_fails_the_listing_and_cancels_the_others()
        {
            using WooSession session = await ConnectAsync(Store(30, (page, cancellation) => page <= 3 ? Task.CompletedTask : UntilCancelled(cancellation), failingPage: 3), 4);

            var failure = await Assert.ThrowsAsync<WooApiException>(() => ListAsync(session));

            Assert.Equal("broken_page", failure.Code);
            Assert.Equal(0, Volatile.Read(ref _inFlight));
        }

        [Fact]
        public async Task Starts_at_the_first_page_asked_for()
        {
            using WooSession session = await ConnectAsync(Store(5, AtOnce), 2);

            List<long?> ids = await ListAsync(session, firstPage: 4);

            Assert.Equal(new[] { 4, 5 }, _requestedPages.OrderBy(p => p));
            Assert.Equal(Enumerable.Range(31, 20).Select(i => (long?)i), ids);
        }
    }
}
