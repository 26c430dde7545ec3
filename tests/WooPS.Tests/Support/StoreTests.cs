using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using WooPS.Core;
using WooPS.Core.Auth;
using WooPS.Core.Http;
using WooPS.Core.Json;
using WooPS.FakeStore;

namespace WooPS.Tests.Support
{
    /// <summary>A fake store of its own for each test, and the ways tests connect to it.</summary>
    public abstract class StoreTests : IAsyncLifetime
    {
        /// <summary>Retries without waiting, so tests of failures stay fast.</summary>
        internal static readonly RetryPolicy NoWaitRetries = new RetryPolicy(3, TimeSpan.Zero, TimeSpan.FromSeconds(1));

        private readonly FakeStoreOptions _options;

        protected StoreTests(int products = 25)
            : this(new FakeStoreOptions { Products = products })
        {
        }

        protected StoreTests(FakeStoreOptions options)
        {
            _options = options;
        }

        protected WooPS.FakeStore.FakeStore Store { get; private set; } = null!;

        protected RecordingLog Log { get; } = new RecordingLog();

        public async Task InitializeAsync() => Store = await WooPS.FakeStore.FakeStore.StartAsync(_options);

        public async Task DisposeAsync() => await Store.DisposeAsync();

        protected static ConsumerCredential CredentialOf(FakeKey key) => ConsumerCredential.Create(key.Key, key.Secret);

        protected Task<WooSession> ConnectAsync(Uri url, FakeKey key, AuthMethod method = AuthMethod.Auto, Func<HttpMessageHandler>? primaryHandler = null, CancellationToken cancellation = default) =>
            WooSession.ConnectAsync(Options(url, CredentialOf(key), method, primaryHandler), Log, cancellation);

        internal static WooConnectOptions Options(Uri url, ConsumerCredential credential, AuthMethod method = AuthMethod.Auto, Func<HttpMessageHandler>? primaryHandler = null) =>
            new WooConnectOptions(url.AbsoluteUri, credential)
            {
                AuthMethod = method,
                SkipCertificateCheck = true,
                TimeoutSec = 20,
                PrimaryHandler = primaryHandler,
                RetryPolicy = NoWaitRetries,
            };

        protected Task<List<WooRecord>> ListAllAsync(WooSession session, WooPS.Core.Resources.ListQuery? query = null, Func<WooPS.Core.Paging.WooPage<WooRecord>, bool>? onPage = null) =>
            ListAllAsync(session, WooPS.Core.Resources.WooResource.Products, query, onPage);

        protected async Task<List<WooRecord>> ListAllAsync(WooSession session, WooPS.Core.Resources.WooResource resource, WooPS.Core.Resources.ListQuery? query = null, Func<WooPS.Core.Paging.WooPage<WooRecord>, bool>? onPage = null) =>
            (await Listing.CollectAsync(session, resource, query ?? new WooPS.Core.Resources.Catalog.ProductQuery(), Log, onPage)).Items;

        /// <summary>Every request the store saw, with everything a network observer would see.</summary>
        protected IEnumerable<string> WireTextOf(IEnumerable<RecordedRequest> requests) =>
            requests.SelectMany(r => new[] { r.PathAndQuery, r.Body }.Concat(r.Headers.Select(h => h.Key + ": " + h.Value)));
    }
}
