using System.Linq;
using System.Threading.Tasks;
using WooPS.Core;
using WooPS.Core.Resources.Catalog;
using WooPS.FakeStore;
using WooPS.Tests.Support;

namespace WooPS.Tests.Concurrency
{
    /// <summary>
    /// A session's limit against a store that refuses a listing's first page for overload, before any other page
    /// goes out: the refusal is the limit's first decision.
    /// </summary>
    public class SessionLimitTests : StoreTests
    {
        public SessionLimitTests()
            : base(products: 60)
        {
        }

        [Fact]
        public async Task A_host_that_refuses_halves_the_limit_at_once_and_the_listing_still_completes()
        {
            using WooSession session = await ConnectAsync(Store.HttpsUrl, Store.Keys.ReadWrite);
            Assert.Equal(4, session.ConcurrencyLimit);
            Store.Modes.FaultScript = [new FaultRule("GET", "^/wc/v3/products$", ScriptedFaultAction.Unavailable) { Nth = [1] }];

            var items = await ListAllAsync(session, new ProductQuery { PageSize = 10 });

            Assert.Equal(60, items.Select(i => i.Id).Distinct().Count());
            Assert.Contains(Store.Requests, r => r.Status == 503);
            Assert.Contains("Requests at once: 4 → 2 (the store answered 503).", Log.VerboseMessages);
            Assert.Contains("the store answered 503: halved the limit to 2.", Log.DebugMessages);
            Assert.Equal(2, session.ConcurrencyLimit);
            Assert.Empty(Log.Warnings);
        }

        [Fact]
        public async Task A_fixed_session_keeps_sending_as_many_and_its_limit_never_moves()
        {
            WooConnectOptions options = Options(Store.HttpsUrl, CredentialOf(Store.Keys.ReadWrite));
            options.MaxConcurrency = 3;
            options.FixedConcurrency = true;
            using WooSession session = await WooSession.ConnectAsync(options, Log, default);
            Store.Modes.FaultScript = [new FaultRule("GET", "^/wc/v3/products$", ScriptedFaultAction.Unavailable) { Nth = [1] }];

            var items = await ListAllAsync(session, new ProductQuery { PageSize = 10 });

            Assert.Equal(60, items.Count);
            Assert.Contains(Store.Requests, r => r.Status == 503);
            Assert.True(session.FixedConcurrency);
            Assert.Equal(3, session.ConcurrencyLimit);
            Assert.DoesNotContain(Log.VerboseMessages, m => m.StartsWith("Requests at once", System.StringComparison.Ordinal));
        }
    }
}
