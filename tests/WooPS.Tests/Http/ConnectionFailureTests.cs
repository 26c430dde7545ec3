using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using WooPS.Core;
using WooPS.Core.Auth;
using WooPS.Tests.Support;

namespace WooPS.Tests.Http
{
    /// <summary>How failures of the way to the store reach the user: what went wrong, and what to do.</summary>
    public class ConnectionFailureTests
    {
        private const string Key = "ck_27182e353124dbbf8e046a7a86c55202a4bda217";
        private const string Secret = "cs_dd224d1a051a6ac4a728e00bdcd64eeb745ef3d7";
        private readonly RecordingLog _log = new RecordingLog();

        private Task<WooSession> ConnectAsync(StubHandler network, string url = "https://shop.example", CancellationToken cancellation = default) =>
            WooSession.ConnectAsync(StoreTests.Options(new Uri(url), ConsumerCredential.Create(Key, Secret), primaryHandler: () => network), _log, cancellation);

        [Fact]
        public async Task A_site_without_WooCommerce_is_named_as_such()
        {
            var network = new StubHandler((r, n) => StubHandler.Json(HttpStatusCode.NotFound, "{\"code\":\"rest_no_route\",\"message\":\"No route was found matching the URL and request method.\",\"data\":{\"status\":404}}"));

            var failure = await Assert.ThrowsAsync<WooApiException>(() => ConnectAsync(network));

            Assert.Equal("woops_not_woocommerce", failure.Code);
            Assert.Contains("WooCommerce", failure.Hint);
        }

        [Theory]
        [InlineData(HttpStatusCode.OK)]
        [InlineData(HttpStatusCode.NotFound)]
        public async Task A_site_that_answers_with_HTML_is_not_taken_for_a_store(HttpStatusCode status)
        {
            var network = new StubHandler((r, n) => StubHandler.Html(status));

            var failure = await Assert.ThrowsAsync<WooApiException>(() => ConnectAsync(network));

            Assert.Equal("woops_not_woocommerce", failure.Code);
            Assert.Contains("HTML page", failure.Message);
        }

        [Fact]
        public async Task A_redirect_is_not_followed_and_the_error_names_the_address_to_use()
        {
            var network = new StubHandler((r, n) =>
            {
                var response = new HttpResponseMessage(HttpStatusCode.MovedPermanently);
                response.Headers.Location = new Uri("https://www.shop.example/wp-json/wc/v3/products?per_page=1");
                return response;
            });

            var failure = await Assert.ThrowsAsync<WooApiException>(() => ConnectAsync(network));

            Assert.Equal("woops_redirected", failure.Code);
            Assert.Equal("https://www.shop.example", failure.Data["NewAddress"]);
            Assert.Contains("Use https://www.shop.example as the store's address", failure.Hint);
            Assert.Single(network.Requests);
        }

        [Fact]
        public async Task Busy_answers_are_retried_and_the_retries_show_in_verbose()
        {
            var network = new StubHandler((r, n) => n < 3
                ? StubHandler.Json(HttpStatusCode.ServiceUnavailable, "{}")
                : StubHandler.Json(HttpStatusCode.OK, "[]"));

            using WooSession session = await ConnectAsync(network);

            Assert.Equal(3, network.Requests.Count);
            Assert.Equal(2, _log.VerboseMessages.Count(m => m.Contains("retry")));
        }

        [Fact]
        public async Task Retries_are_bounded_and_the_last_answer_is_reported()
        {
            var network = new StubHandler((r, n) => StubHandler.Json((HttpStatusCode)429, "{\"code\":\"too_many\",\"message\":\"Slow down.\",\"data\":{\"status\":429}}"));

            var failure = await Assert.ThrowsAsync<WooApiException>(() => ConnectAsync(network));

            Assert.Equal(429, failure.StatusCode);
            Assert.Equal(4, network.Requests.Count);
        }

        [Fact]
        public async Task Each_retry_is_signed_afresh()
        {
            var network = new StubHandler((r, n) => n < 2
                ? StubHandler.Json(HttpStatusCode.BadGateway, "{}")
                : StubHandler.Json(HttpStatusCode.OK, "[]"));

            using WooSession session = await ConnectAsync(network, "http://shop.example");

            var nonces = network.Requests.Select(u => u.Query.Split('&').Single(p => p.StartsWith("oauth_nonce="))).ToList();
            Assert.Equal(2, nonces.Distinct().Count());
            Assert.All(network.Requests, u => Assert.Single(u.Query.Split('&'), p => p.StartsWith("oauth_signature=")));
        }

        [Fact]
        public async Task A_store_that_does_not_answer_in_time_is_a_timeout_error()
        {
            var network = new StubHandler(async (r, n, cancellation) =>
            {
                await Task.Delay(TimeSpan.FromSeconds(30), cancellation);
                return StubHandler.Json(HttpStatusCode.OK, "[]");
            });
            var options = StoreTests.Options(new Uri("https://shop.example"), ConsumerCredential.Create(Key, Secret), primaryHandler: () => network);
            options.TimeoutSec = 1;

            var failure = await Assert.ThrowsAsync<WooApiException>(() => WooSession.ConnectAsync(options, _log, default));

            Assert.Equal("woops_timeout", failure.Code);
        }

        [Fact]
        public async Task Cancelling_stops_a_request_in_flight()
        {
            var started = new TaskCompletionSource<bool>();
            var network = new StubHandler(async (r, n, cancellation) =>
            {
                started.TrySetResult(true);
                await Task.Delay(Timeout.Infinite, cancellation);
                return StubHandler.Json(HttpStatusCode.OK, "[]");
            });
            using var cancellation = new CancellationTokenSource();

            Task<WooSession> connecting = ConnectAsync(network, cancellation: cancellation.Token);
            await started.Task;
            cancellation.Cancel();

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => connecting);
        }

        [Fact]
        public async Task A_request_cancelled_before_it_reaches_the_wire_is_not_sent()
        {
            var network = new StubHandler((r, n) => StubHandler.Json(HttpStatusCode.OK, "[]"));
            using WooSession session = await ConnectAsync(network);
            using var cancelled = new CancellationTokenSource();
            cancelled.Cancel();

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => session.Resources.GetAsync(WooPS.Core.Resources.WooResource.Products, 1, _log, cancelled.Token));

            Assert.Single(network.Requests);
        }

        [Fact]
        public async Task Verbose_shows_method_and_path_with_every_credential_removed()
        {
            var network = new StubHandler((r, n) => StubHandler.Json(HttpStatusCode.OK, "[]"));

            using (await ConnectAsync(network, "http://shop.example"))
            {
            }

            string line = Assert.Single(_log.VerboseMessages, m => m.StartsWith("GET "));
            Assert.Equal("GET http://shop.example/wp-json/wc/v3/products?per_page=1&_fields=id → 200 OK", line.Substring(0, line.IndexOf(" (", StringComparison.Ordinal)));
            Assert.DoesNotContain(_log.All, m => m.Contains("oauth_") || m.Contains(Key) || m.Contains(Secret));
        }
    }
}
