using System;
using System.Diagnostics;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using WooPS.FakeStore;

namespace WooPS.Tests.FakeStore
{
    /// <summary>
    /// <see cref="FakeStoreModes.FaultScript"/>: rules that fault chosen requests in chosen ways, set in
    /// process or over PUT /__fakestore/script, and report what they matched, hit and hold, so a test can
    /// wait until requests are in flight before it cancels its client. Every wait here is for an event
    /// (the store's held count, a request's end); none sleeps.
    /// </summary>
    public class ScriptedFaultTests : FakeStoreTests
    {
        private const string NginxTail = "<hr><center>nginx/1.22.1</center>\r\n</body>\r\n</html>\r\n";

        // Long enough never to end a test by itself: every wait below ends on an event first.
        private static readonly TimeSpan Guard = TimeSpan.FromSeconds(60);

        [Fact]
        public async Task Forbidden_answers_a_security_plugins_403_before_anything_is_done_and_only_the_nth_request()
        {
            Store.Modes.FaultScript = [new FaultRule("POST", "^/wc/v3/products$", ScriptedFaultAction.Forbidden) { Nth = [1] }];
            int before = Store.ProductCount;

            Answer refused = await SendAsync(HttpMethod.Post, "wp-json/wc/v3/products", "{\"name\":\"Scripted\"}");
            Answer created = await SendAsync(HttpMethod.Post, "wp-json/wc/v3/products", "{\"name\":\"Scripted\"}");
            await SendAsync(HttpMethod.Get, "wp-json/wc/v3/products");

            Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
            Assert.Equal("{\"code\":\"rest_forbidden\",\"message\":\"Sorry, you are not allowed to do that.\",\"data\":{\"status\":403}}", refused.Text);
            Assert.Equal("application/json; charset=UTF-8", refused.Header("Content-Type"));
            Assert.Equal(HttpStatusCode.Created, created.Status);
            Assert.Equal(before + 1, Store.ProductCount);
            FaultRuleStatus status = Assert.Single(Store.FaultScriptStatus);
            Assert.Equal((2, 1, 0), (status.Matched, status.Hits, status.Held));
            Assert.Equal(1, Store.FaultCounts.AppliedWritesTo("POST /wp-json/wc/v3/products"));
        }

        [Fact]
        public async Task Unavailable_and_throttle_answer_before_anything_is_done_for_the_requests_nth_picks()
        {
            Store.Modes.FaultScript =
            [
                new FaultRule("GET", "^/wc/v3/products/10$", ScriptedFaultAction.Unavailable) { Nth = [1, 3] },
                new FaultRule("*", "^/wc/v3/products/10$", ScriptedFaultAction.Throttle) { RetryAfterSeconds = 7 },
            ];
            string fingerprint = Store.CatalogFingerprint();

            Answer first = await SendAsync(HttpMethod.Get, "wp-json/wc/v3/products/10");
            Answer second = await SendAsync(HttpMethod.Get, "wp-json/wc/v3/products/10");
            Answer third = await SendAsync(HttpMethod.Get, "wp-json/wc/v3/products/10");
            Answer put = await SendAsync(HttpMethod.Put, "wp-json/wc/v3/products/10", "{\"regular_price\":\"1.00\"}");

            Assert.Equal(HttpStatusCode.ServiceUnavailable, first.Status);
            Assert.Equal("<html>\r\n<head><title>503 Service Temporarily Unavailable</title></head>\r\n<body>\r\n<center><h1>503 Service Temporarily Unavailable</h1></center>\r\n" + NginxTail, first.Text);
            Assert.Equal(HttpStatusCode.TooManyRequests, second.Status);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, third.Status);
            Assert.Equal((HttpStatusCode.TooManyRequests, "7", "text/html"), (put.Status, put.Header("Retry-After"), put.Header("Content-Type")));
            Assert.Equal("<html>\r\n<head><title>429 Too Many Requests</title></head>\r\n<body>\r\n<center><h1>429 Too Many Requests</h1></center>\r\n" + NginxTail, put.Text);
            Assert.Equal(fingerprint, Store.CatalogFingerprint());
            Assert.Equal(new[] { (3, 2), (4, 2) }, Store.FaultScriptStatus.Select(status => (status.Matched, status.Hits)));
        }

        [Fact]
        public async Task Gateway_timeout_after_applies_the_batch_then_answers_nginxs_504_and_the_write_is_counted()
        {
            Store.Modes.FaultScript = [new FaultRule("POST", "^/wc/v3/products/batch$", ScriptedFaultAction.GatewayTimeoutAfter)];
            int before = Store.ProductCount;

            Answer answer = await SendAsync(HttpMethod.Post, "wp-json/wc/v3/products/batch", "{\"create\":[{\"name\":\"Applied Anyway\"}]}");

            Assert.Equal(HttpStatusCode.GatewayTimeout, answer.Status);
            Assert.Equal("<html>\r\n<head><title>504 Gateway Time-out</title></head>\r\n<body>\r\n<center><h1>504 Gateway Time-out</h1></center>\r\n" + NginxTail, answer.Text);
            Assert.Equal(before + 1, Store.ProductCount);
            Assert.Equal(1, Store.FaultCounts.AppliedWritesTo("POST /wp-json/wc/v3/products/batch"));
            Assert.Equal(0, Store.FaultCounts.Total);
        }

        [Fact]
        public async Task Cut_short_after_applies_the_write_and_sends_half_of_WordPresss_JSON_in_valid_HTTP()
        {
            Store.Modes.FaultScript = [new FaultRule("PUT", "^/wc/v3/products/10$", ScriptedFaultAction.CutShortAfter) { Nth = [1] }];

            Answer cut = await SendAsync(HttpMethod.Put, "wp-json/wc/v3/products/10", "{\"regular_price\":\"21.50\"}");
            Answer whole = await SendAsync(HttpMethod.Put, "wp-json/wc/v3/products/10", "{\"regular_price\":\"21.50\"}");

            Assert.Equal(HttpStatusCode.OK, cut.Status);
            Assert.Equal("application/json; charset=UTF-8", cut.Header("Content-Type"));
            Assert.True(cut.Chunked);
            Assert.Equal(whole.Body.Length / 2, cut.Body.Length);
            Assert.StartsWith(cut.Text[..40], whole.Text, StringComparison.Ordinal);
            Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(cut.Body));
            Assert.Equal(2, Store.FaultCounts.AppliedWritesTo("PUT /wp-json/wc/v3/products/10"));
        }

        [Fact]
        public async Task Slow_after_holds_the_answer_back_while_the_store_reports_it_held()
        {
            Store.Modes.FaultScript = [new FaultRule("GET", "^/wc/v3/products/10$", ScriptedFaultAction.SlowAfter) { DelayMs = 400 }];
            var watch = Stopwatch.StartNew();

            Task<Answer> slow = SendAsync(HttpMethod.Get, "wp-json/wc/v3/products/10");
            await Store.WaitUntilHeldAsync(0, 1).WaitAsync(Guard);
            Answer answer = await slow.WaitAsync(Guard);

            Assert.True(watch.ElapsedMilliseconds >= 390, $"answered after {watch.ElapsedMilliseconds} ms");
            Assert.Equal(HttpStatusCode.OK, answer.Status);
            Assert.Equal(10, answer.Json.GetProperty("id").GetInt32());
            await Store.WaitUntilReleasedAsync(0).WaitAsync(Guard);
        }

        [Fact]
        public async Task Hold_after_applies_the_write_and_holds_the_answer_until_the_client_gives_up()
        {
            Store.Modes.FaultScript = [new FaultRule("POST", "^/wc/v3/products$", ScriptedFaultAction.HoldAfter)];
            int before = Store.ProductCount;
            using var cancel = new CancellationTokenSource();

            Task<HttpResponseMessage> held = Client.SendAsync(Request(HttpMethod.Post, "wp-json/wc/v3/products", "{\"name\":\"Held\"}"), cancel.Token);
            await Store.WaitUntilHeldAsync(0, 1).WaitAsync(Guard);

            Assert.False(held.IsCompleted);
            Assert.Equal(before + 1, Store.ProductCount);
            Assert.Equal(1, Store.FaultCounts.AppliedWritesTo("POST /wp-json/wc/v3/products"));
            await cancel.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => held);
            await Store.WaitUntilReleasedAsync(0).WaitAsync(Guard);
            Assert.Equal((1, 1, 0), (Store.FaultScriptStatus[0].Matched, Store.FaultScriptStatus[0].Hits, Store.FaultScriptStatus[0].Held));
        }

        [Fact]
        public async Task Hold_before_holds_requests_in_flight_with_nothing_done_and_GET_script_counts_them()
        {
            Store.Modes.FaultScript = [new FaultRule("PUT", "^/wc/v3/products/[0-9]+$", ScriptedFaultAction.HoldBefore)];
            string fingerprint = Store.CatalogFingerprint();
            using var cancel = new CancellationTokenSource();

            Task<HttpResponseMessage> first = Client.SendAsync(Request(HttpMethod.Put, "wp-json/wc/v3/products/10", "{\"regular_price\":\"1.00\"}"), cancel.Token);
            Task<HttpResponseMessage> second = Client.SendAsync(Request(HttpMethod.Put, "wp-json/wc/v3/products/11", "{\"regular_price\":\"1.00\"}"), cancel.Token);
            await Store.WaitUntilHeldAsync(0, 2).WaitAsync(Guard);
            JsonElement report = (await AnswerAsync(new HttpRequestMessage(HttpMethod.Get, new Uri(Store.HttpUrl, "__fakestore/script")))).Json;

            Assert.Equal(
                "{\"rules\":[{\"method\":\"PUT\",\"route\":\"^/wc/v3/products/[0-9]+$\",\"nth\":null,\"action\":\"hold-before\",\"delay_ms\":0,\"retry_after\":1,\"matched\":2,\"hits\":2,\"held\":2}]}",
                report.GetRawText());
            Assert.Equal(fingerprint, Store.CatalogFingerprint());
            await cancel.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => second);
            await Store.WaitUntilReleasedAsync(0).WaitAsync(Guard);
            Assert.Equal(fingerprint, Store.CatalogFingerprint());
            Assert.Equal(0, Store.FaultCounts.AppliedWritesTo("PUT /wp-json/wc/v3/products/10"));
        }

        [Fact]
        public async Task Stopping_the_store_ends_every_hold_and_closes_the_connection_unanswered()
        {
            WooPS.FakeStore.FakeStore store = await WooPS.FakeStore.FakeStore.StartAsync(new FakeStoreOptions { Products = 1 });
            store.Modes.FaultScript = [new FaultRule("*", "", ScriptedFaultAction.HoldBefore)];
            var request = new HttpRequestMessage(HttpMethod.Get, new Uri(store.HttpUrl, "wp-json/"));

            Task<HttpResponseMessage> held = Client.SendAsync(request);
            await store.WaitUntilHeldAsync(0, 1).WaitAsync(Guard);
            await store.DisposeAsync().AsTask().WaitAsync(Guard);

            await Assert.ThrowsAsync<HttpRequestException>(() => held.WaitAsync(Guard));
        }

        [Fact]
        public async Task Rules_are_set_read_and_cleared_over_HTTP_and_fakestore_addresses_and_other_routes_are_never_faulted()
        {
            Answer set = await ScriptAsync(HttpMethod.Put,
                "[{\"method\":\"get\",\"route\":\"^/wc/v3/products$\",\"action\":\"forbidden\",\"nth\":[2]},{\"route\":\".*\",\"action\":\"unavailable\",\"nth\":4}]");

            Assert.Equal(HttpStatusCode.OK, set.Status);
            Assert.Equal(
                "{\"rules\":[{\"method\":\"get\",\"route\":\"^/wc/v3/products$\",\"nth\":[2],\"action\":\"forbidden\",\"delay_ms\":0,\"retry_after\":1,\"matched\":0,\"hits\":0,\"held\":0},"
                + "{\"method\":\"*\",\"route\":\".*\",\"nth\":[4],\"action\":\"unavailable\",\"delay_ms\":0,\"retry_after\":1,\"matched\":0,\"hits\":0,\"held\":0}]}",
                set.Text);
            Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Get, "wp-json/wc/v3/products")).Status);
            // The rest_route address is the same route.
            Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(HttpMethod.Get, "?rest_route=/wc/v3/products/")).Status);
            for (int round = 0; round < 3; round++)
            {
                Assert.Equal(HttpStatusCode.OK, (await ScriptAsync(HttpMethod.Get)).Status);
                Assert.Equal(HttpStatusCode.OK, (await AnswerAsync(new HttpRequestMessage(HttpMethod.Get, new Uri(Store.HttpUrl, "__fakestore/requests")))).Status);
            }
            Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Get, "")).Status);
            Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Get, "wp-json/wc/v3/products/10")).Status);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await SendAsync(HttpMethod.Get, "wp-json/wc/v3/products/10")).Status);
            Assert.Equal(new[] { (2, 1), (4, 1) }, Store.FaultScriptStatus.Select(status => (status.Matched, status.Hits)));

            Answer cleared = await ScriptAsync(HttpMethod.Delete);
            Assert.Equal((HttpStatusCode.OK, "{\"rules\":[]}"), (cleared.Status, cleared.Text));
            Assert.Empty(Store.Modes.FaultScript);
            Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Get, "wp-json/wc/v3/products/10")).Status);
        }

        [Fact]
        public async Task A_rule_that_cannot_be_used_is_refused_with_the_reason_and_the_old_rules_stay()
        {
            Store.Modes.FaultScript = [new FaultRule("GET", "^/wc/v3$", ScriptedFaultAction.Forbidden)];

            Answer action = await ScriptAsync(HttpMethod.Put, "[{\"route\":\"x\",\"action\":\"explode\"}]");
            Answer pattern = await ScriptAsync(HttpMethod.Put, "[{\"route\":\"(\",\"action\":\"forbidden\"}]");
            Answer nth = await ScriptAsync(HttpMethod.Put, "[{\"action\":\"forbidden\",\"nth\":0}]");
            Answer typo = await ScriptAsync(HttpMethod.Put, "[{\"action\":\"forbidden\",\"nht\":2}]");
            Answer notJson = await ScriptAsync(HttpMethod.Put, "{");
            Answer post = await ScriptAsync(HttpMethod.Post, "[]");

            Assert.Equal((HttpStatusCode.BadRequest, "Rule 1: unknown action \"explode\" (known: forbidden, unavailable, gateway-timeout-after, cut-short-after, slow-after, hold-after, hold-before, throttle)."),
                (action.Status, action.Json.GetProperty("error").GetString()));
            Assert.StartsWith("Rule 1: the route is no regular expression", pattern.Json.GetProperty("error").GetString(), StringComparison.Ordinal);
            Assert.Equal("Rule 1: nth counts matching requests from 1. (Parameter 'rules')", nth.Json.GetProperty("error").GetString());
            Assert.StartsWith("Rule 1: unknown property \"nht\"", typo.Json.GetProperty("error").GetString(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.BadRequest, notJson.Status);
            Assert.Equal((HttpStatusCode.MethodNotAllowed, "GET, PUT, DELETE"), (post.Status, post.Header("Allow")));
            Assert.Throws<ArgumentException>(() => Store.Modes.FaultScript = [new FaultRule("", "x", ScriptedFaultAction.Forbidden)]);
            Assert.Equal("^/wc/v3$", Assert.Single(Store.Modes.FaultScript).Route);
            Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(HttpMethod.Get, "wp-json/wc/v3")).Status);
        }

        [Fact]
        public async Task The_random_fault_mode_still_faults_what_no_rule_picks()
        {
            Store.Modes.Faults = new RandomFaults(1);
            Store.Modes.FaultScript = [new FaultRule("GET", "^/wc/v3/products/10$", ScriptedFaultAction.Throttle)];

            Answer scripted = await SendAsync(HttpMethod.Get, "wp-json/wc/v3/products/10");
            HttpStatusCode? random = await StatusOrAbortAsync("wp-json/wc/v3/products/11");

            Assert.Equal(HttpStatusCode.TooManyRequests, scripted.Status);
            Assert.NotEqual(HttpStatusCode.OK, random);
            Assert.Equal(1, Store.FaultCounts.Total);
        }

        private Task<Answer> ScriptAsync(HttpMethod method, string? json = null)
        {
            var request = new HttpRequestMessage(method, new Uri(Store.HttpUrl, "__fakestore/script"));
            if (json is not null)
            {
                request.Content = new StringContent(json, Encoding.UTF8, "application/json");
            }
            return AnswerAsync(request);
        }

        /// <summary>The status, or null when the store closed the connection without an answer.</summary>
        private async Task<HttpStatusCode?> StatusOrAbortAsync(string target)
        {
            HttpRequestMessage request = Request(HttpMethod.Get, target);
            request.Headers.ConnectionClose = true;
            try
            {
                return (await AnswerAsync(request)).Status;
            }
            catch (HttpRequestException)
            {
                return null;
            }
        }
    }
}
