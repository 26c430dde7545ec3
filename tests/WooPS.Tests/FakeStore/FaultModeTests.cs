using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using WooPS.FakeStore;

namespace WooPS.Tests.FakeStore
{
    /// <summary>
    /// <see cref="FakeStoreModes.Faults"/>: requests to /wp-json/… fail at random as nginx and PHP fail
    /// them, but never a third time in a row, so a client retrying up to 3 times always gets through;
    /// a write answered 504 was applied, once per send. Each request here goes on a fresh connection
    /// (Connection: close), so HttpClient never resends one by itself after an abort.
    /// </summary>
    public class FaultModeTests : FakeStoreTests
    {
        private const string NginxTail = "<hr><center>nginx/1.22.1</center>\r\n</body>\r\n</html>\r\n";

        [Fact]
        public async Task With_a_fixed_seed_and_half_the_requests_faulted_every_request_retried_up_to_3_times_gets_through()
        {
            Store.Modes.Faults = new RandomFaults(0.5, seed: 7);
            var tries = new List<int>();

            for (int page = 1; page <= 30; page++)
            {
                tries.Add(await TriesUntilAnsweredAsync(HttpMethod.Get, $"wp-json/wc/v3/products?per_page=1&page={page}"));
            }
            for (int cents = 1; cents <= 20; cents++)
            {
                tries.Add(await TriesUntilAnsweredAsync(HttpMethod.Put, "wp-json/wc/v3/products/10", $"{{\"regular_price\":\"10.{cents:00}\"}}"));
            }

            FaultCounts counts = Store.FaultCounts;
            Assert.All(tries, count => Assert.InRange(count, 1, 3));
            Assert.Equal(tries.Sum() - tries.Count, counts.Total);
            Assert.Contains(3, tries);
            Assert.All(Enum.GetValues<FaultKind>(), kind => Assert.True(counts.Of(kind) > 0, $"no {kind} in {counts.Total} faults"));
            Assert.Equal("10.20", (await SendAsync(HttpMethod.Get, "wp-json/wc/v3/products/10")).Json.GetProperty("regular_price").GetString());
        }

        [Fact]
        public async Task A_write_answered_504_was_applied_and_every_send_that_got_that_far_applied_it_once()
        {
            // Every request fails twice, then is spared.
            Store.Modes.Faults = new RandomFaults(1, seed: 3);
            int before = Store.ProductCount;
            var outcomes = new List<(int Probe, string Outcome)>();

            for (int probe = 0; probe < 8; probe++)
            {
                for (int attempt = 0; attempt < 3; attempt++)
                {
                    Answer? answer = await TryAsync(HttpMethod.Post, "wp-json/wc/v3/products", $"{{\"name\":\"Fault Probe {probe}\",\"regular_price\":\"1.00\"}}");
                    outcomes.Add((probe, answer is null ? "aborted" : ((int)answer.Status).ToString(CultureInfo.InvariantCulture)));
                    if (answer?.Status == HttpStatusCode.GatewayTimeout)
                    {
                        Assert.Equal("text/html", answer.Header("Content-Type"));
                        Assert.Equal("<html>\r\n<head><title>504 Gateway Time-out</title></head>\r\n<body>\r\n<center><h1>504 Gateway Time-out</h1></center>\r\n" + NginxTail, answer.Text);
                    }
                    if (answer?.Status == HttpStatusCode.ServiceUnavailable)
                    {
                        Assert.Equal("<html>\r\n<head><title>503 Service Temporarily Unavailable</title></head>\r\n<body>\r\n<center><h1>503 Service Temporarily Unavailable</h1></center>\r\n" + NginxTail, answer.Text);
                    }
                }
            }

            FaultCounts counts = Store.FaultCounts;
            Assert.Equal(Enumerable.Repeat("201", 8), outcomes.Where((_, index) => index % 3 == 2).Select(outcome => outcome.Outcome));
            Assert.Equal(outcomes.Count(outcome => outcome.Outcome == "504"), counts.Of(FaultKind.GatewayTimeoutAfterWrite));
            Assert.Equal(outcomes.Count(outcome => outcome.Outcome == "503"), counts.Of(FaultKind.Unavailable));
            Assert.Equal(outcomes.Count(outcome => outcome.Outcome == "aborted"), counts.Of(FaultKind.ConnectionAborted));
            Assert.True(counts.Of(FaultKind.GatewayTimeoutAfterWrite) > 0, "seed 3 answers some of these writes 504");
            int applied = outcomes.Count(outcome => outcome.Outcome is "201" or "504");
            Assert.Equal(applied, counts.AppliedWritesTo("POST /wp-json/wc/v3/products"));
            Assert.Equal(before + applied, Store.ProductCount);
            Store.Modes.Faults = RandomFaults.None;
            for (int probe = 0; probe < 8; probe++)
            {
                int sendsApplied = outcomes.Count(outcome => outcome.Probe == probe && outcome.Outcome is "201" or "504");
                JsonElement found = (await SendAsync(HttpMethod.Get, $"wp-json/wc/v3/products?search=Fault%20Probe%20{probe}")).Json;
                Assert.Equal(sendsApplied, found.GetArrayLength());
            }
        }

        [Fact]
        public async Task Only_wp_json_is_faulted_and_fakestore_reports_the_counts()
        {
            Store.Modes.Faults = new RandomFaults(1);

            for (int round = 0; round < 3; round++)
            {
                Assert.Equal(HttpStatusCode.OK, (await TryAsync(HttpMethod.Get, "__fakestore/requests"))?.Status);
                Assert.Equal(HttpStatusCode.OK, (await TryAsync(HttpMethod.Get, "__fakestore/faults"))?.Status);
                Assert.Equal(HttpStatusCode.OK, (await TryAsync(HttpMethod.Get, ""))?.Status);
            }
            Assert.Equal(0, Store.FaultCounts.Total);

            Answer? faulted = await TryAsync(HttpMethod.Get, "wp-json/wc/v3/products/10");
            JsonElement report = (await TryAsync(HttpMethod.Get, "__fakestore/faults"))!.Json;

            Assert.NotEqual(HttpStatusCode.OK, faulted?.Status);
            Assert.Equal(new[] { "total", "unavailable", "gateway_timeout_after_write", "connection_aborted", "applied_writes" }, report.EnumerateObject().Select(p => p.Name));
            Assert.Equal(1, report.GetProperty("total").GetInt32());
            Assert.Equal(0, report.GetProperty("gateway_timeout_after_write").GetInt32());

            Store.Modes.Faults = RandomFaults.None;
            Assert.Equal(HttpStatusCode.OK, (await TryAsync(HttpMethod.Get, "wp-json/wc/v3/products/10"))?.Status);
            Assert.Equal(1, Store.FaultCounts.Total);
        }

        /// <summary>How many sends it took to get an answer that is neither an abort nor a 503 or 504, at most 3 (else the test fails).</summary>
        private async Task<int> TriesUntilAnsweredAsync(HttpMethod method, string target, string? json = null)
        {
            for (int attempt = 1; attempt <= 3; attempt++)
            {
                Answer? answer = await TryAsync(method, target, json);
                if (answer is not null && answer.Status is not (HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout))
                {
                    Assert.True(answer.Status is HttpStatusCode.OK or HttpStatusCode.Created, $"{method} {target}: {answer.Status}");
                    return attempt;
                }
            }
            Assert.Fail($"{method} {target} failed 3 times in a row");
            return 0;
        }

        /// <summary>The answer, or null when the store closed the connection without one.</summary>
        private async Task<Answer?> TryAsync(HttpMethod method, string target, string? json = null)
        {
            HttpRequestMessage request = Request(method, target, json);
            request.Headers.ConnectionClose = true;
            try
            {
                return await AnswerAsync(request);
            }
            catch (HttpRequestException)
            {
                return null;
            }
        }
    }
}
