using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using WooPS.FakeStore;
using WooPS.Tests.Support;

namespace WooPS.Tests.FakeStore
{
    /// <summary>The fake store's small host and rate limit, which the concurrency benchmark runs against.</summary>
    public class HostProfileTests
    {
        [Theory]
        [InlineData(1, 1.0)]
        [InlineData(2, 1.0)]
        [InlineData(4, 0.5 / 1.14)]
        [InlineData(8, 0.25 / 1.42)]
        public void Jobs_beyond_the_CPUs_share_them_and_lose_some_to_contention(int jobs, double share)
        {
            Assert.Equal(share, new SmallHostProfile(Workers: 8, Cpus: 2).ShareOf(jobs), 6);
        }

        [Fact]
        public async Task A_rate_limited_store_refuses_past_its_rate_with_429_and_a_Retry_After()
        {
            await using var store = await WooPS.FakeStore.FakeStore.StartAsync(new FakeStoreOptions { Products = 3, RateLimit = 2 });
            using var client = new HttpClient();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes(store.Keys.ReadWrite.Key + ":" + store.Keys.ReadWrite.Secret)));

            // Five at once: two get through within the second, the rest are refused.
            HttpResponseMessage[] answers = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => client.GetAsync(new Uri(store.HttpUrl, "/wp-json/"))));

            HttpResponseMessage[] refused = answers.Where(a => a.StatusCode == HttpStatusCode.TooManyRequests).ToArray();
            Assert.True(refused.Length >= 3, $"{refused.Length} of 5 refused");
            Assert.All(refused, a => Assert.Equal(TimeSpan.FromSeconds(1), a.Headers.RetryAfter!.Delta));
        }

        [Fact]
        public async Task A_small_host_refuses_past_its_workers_and_queue_with_nginx_503()
        {
            await using var store = await WooPS.FakeStore.FakeStore.StartAsync(new FakeStoreOptions { Products = 3, SmallHost = new SmallHostProfile(Workers: 1, Queue: 0) });
            store.Modes.FaultScript = [new FaultRule("*", "", ScriptedFaultAction.HoldBefore)];
            using var client = new HttpClient();
            using var leave = new CancellationTokenSource();

            // The one worker is busy with a request WordPress holds; the next has no place to wait.
            Task<HttpResponseMessage> held = client.GetAsync(new Uri(store.HttpUrl, "/wp-json/"), leave.Token);
            await store.WaitUntilHeldAsync(0, 1);
            HttpResponseMessage refused = await client.GetAsync(new Uri(store.HttpUrl, "/wp-json/"));
            await leave.CancelAsync();

            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            Assert.Contains("503 Service Temporarily Unavailable", await refused.Content.ReadAsStringAsync());
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => held);
        }
    }
}
