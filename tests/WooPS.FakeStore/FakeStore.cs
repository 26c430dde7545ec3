using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using WooPS.FakeStore.Auth;
using WooPS.FakeStore.Catalog;
using WooPS.FakeStore.Hosting;
using WooPS.FakeStore.Orders;
using WooPS.FakeStore.Rest;
using WooPS.FakeStore.Site;
using WooPS.FakeStore.Users;

namespace WooPS.FakeStore;

/// <summary>
/// A fake WooCommerce 10 store on 127.0.0.1, over http and https, answering like the real one
/// (see /work/shared/reference). Start one per test class; dispose it to stop it.
/// </summary>
public sealed class FakeStore : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly X509Certificate2 _certificate;
    private readonly ProductCatalog _catalog;
    private readonly RequestLog _log;
    private readonly FaultLedger _faults;
    private readonly StoreOrders _orders;
    private readonly CancellationTokenSource _stopping;
    private readonly SmallHost? _smallHost;

    private FakeStore(WebApplication app, X509Certificate2 certificate, ProductCatalog catalog, RequestLog log, FaultLedger faults,
        StoreOrders orders, FakeStoreKeys keys, FakeStoreModes modes, CancellationTokenSource stopping, SmallHost? smallHost)
    {
        _smallHost = smallHost;
        _stopping = stopping;
        _orders = orders;
        _app = app;
        _certificate = certificate;
        _catalog = catalog;
        _log = log;
        _faults = faults;
        Keys = keys;
        Modes = modes;
        (HttpUrl, HttpsUrl) = ListeningUrls(app);
    }

    /// <summary>The store's home over plain http, e.g. http://127.0.0.1:41234.</summary>
    public Uri HttpUrl { get; }

    /// <summary>The store's home over https (self-signed certificate), e.g. https://127.0.0.1:41235.</summary>
    public Uri HttpsUrl { get; }

    public FakeStoreKeys Keys { get; }

    public FakeStoreModes Modes { get; }

    /// <summary>A snapshot of every request received so far, in order.</summary>
    public IReadOnlyList<RecordedRequest> Requests => _log.Snapshot();

    /// <summary>Method and path of every request as it arrived, also one still being answered (held, slow), which <see cref="Requests"/> lists only once answered.</summary>
    public IReadOnlyList<string> Arrived => _log.Arrived();

    public int ProductCount => _catalog.ProductCount;

    /// <summary>How many orders the store holds, whatever their status (trash included).</summary>
    public int OrderCount => _orders.All().Count;

    /// <summary>
    /// The e-mails the store sent so far, in order: one per customer note (POST orders/{id}/notes with
    /// customer_note true, capture 66i), to the order's billing address. Also GET /__fakestore/emails.
    /// </summary>
    public IReadOnlyList<SentEmail> SentEmails => _orders.Emails();

    /// <summary>What <see cref="FakeStoreModes.Faults"/> did so far: faults by kind, writes applied per address.</summary>
    public FaultCounts FaultCounts => _faults.Snapshot();

    /// <summary>
    /// What each rule of <see cref="FakeStoreModes.FaultScript"/> did since it was set: requests matched,
    /// hit, and held right now (GET /__fakestore/script).
    /// </summary>
    public IReadOnlyList<FaultRuleStatus> FaultScriptStatus => Modes.CurrentFaultScript.Status();

    /// <summary>
    /// Completes once the scripted fault rule at this index (in <see cref="FakeStoreModes.FaultScript"/>)
    /// holds at least <paramref name="count"/> requests at once: they are in flight, and a test may now
    /// cancel its client. The script in force when called is the one watched.
    /// </summary>
    public Task WaitUntilHeldAsync(int rule, int count, CancellationToken cancellationToken = default) =>
        Modes.CurrentFaultScript.WaitUntilHeldAsync(rule, count, cancellationToken);

    /// <summary>Completes once the scripted fault rule at this index holds no request any more (every client left, or was answered).</summary>
    public Task WaitUntilReleasedAsync(int rule, CancellationToken cancellationToken = default) =>
        Modes.CurrentFaultScript.WaitUntilReleasedAsync(rule, cancellationToken);

    public static async Task<FakeStore> StartAsync(FakeStoreOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(options.PriceDecimals);
        var keys = FakeStoreKeys.CreateRandom();
        var modes = new FakeStoreModes();
        var clock = new StoreClock(modes);
        var catalog = new ProductCatalog(clock, CatalogSeeder.FirstId);
        CatalogSeeder.Seed(catalog, options.Products);
        var coupons = new StoreCoupons(clock, catalog.ReservePostId, catalog.NewMetaId);
        CouponSeeder.Seed(coupons, options.Coupons);
        var users = new StoreUsers(clock);
        UserSeeder.Seed(users, options.Customers);
        var orders = new StoreOrders(clock, catalog.ReservePostId);
        OrderSeeder.Seed(orders, catalog, coupons, users, options.Orders);
        var log = new RequestLog();
        var faults = new FaultLedger();
        X509Certificate2 certificate = SelfSignedCertificate.Create();

        WebApplication app = BuildApp(options, certificate);
        var recording = new RequestRecording(log);
        var dateHeader = new DateHeader(clock);
        var redirect = new HostRedirect(modes);
        var router = new RestRouter(catalog, new StoreTaxonomies(), new ProductJsonCache(catalog), coupons, users, orders, options.PriceDecimals);
        var api = new RestApi(new WooAuthenticator(keys, new OAuthNonceLedger(clock)), router, modes);
        var site = new WordPressSite(modes, api, clock);
        app.Use((context, next) => context.Request.Path == RequestLogEndpoint.Path ? RequestLogEndpoint.WriteAsync(context, log) : next(context));
        app.Use((context, next) => context.Request.Path == FaultLogEndpoint.Path ? FaultLogEndpoint.WriteAsync(context, faults) : next(context));
        app.Use((context, next) => context.Request.Path == FaultScriptEndpoint.Path ? FaultScriptEndpoint.WriteAsync(context, modes) : next(context));
        app.Use((context, next) => context.Request.Path == EmailLogEndpoint.Path ? EmailLogEndpoint.WriteAsync(context, orders) : next(context));
        app.Use((context, next) => ForcedSkuEndpoint.Target(context) is long id ? ForcedSkuEndpoint.WriteAsync(context, catalog, id) : next(context));
        // Recording comes first, so every answer is logged, redirects and HTML pages included; the
        // Date header comes before the redirect, which real hosts also date.
        app.Use((context, next) => recording.InvokeAsync(context, () => next(context)));
        app.Use((context, next) => dateHeader.InvokeAsync(context, () => next(context)));
        if (options.DelayMs > 0)
        {
            app.Use(async (context, next) =>
            {
                await Task.Delay(options.DelayMs, context.RequestAborted);
                await next(context);
            });
        }
        // The host's limits stand behind the distance and in front of WordPress: a far store's delay holds no
        // PHP worker, and a refused request never reaches PHP.
        if (options.RateLimit > 0)
        {
            var rateLimit = new RateLimit(options.RateLimit);
            app.Use((context, next) => rateLimit.InvokeAsync(context, () => next(context)));
        }
        SmallHost? smallHost = options.SmallHost is SmallHostProfile profile ? new SmallHost(profile) : null;
        if (smallHost is not null)
        {
            app.Use((context, next) => smallHost.InvokeAsync(context, () => next(context)));
        }
        app.Use((context, next) => redirect.InvokeAsync(context, () => next(context)));
        // Faults come last before WordPress, as nginx stands in front of PHP: a 504 can then follow a write WordPress did.
        // Held requests end when the store stops, so that stopping does not wait for their clients.
        var stopping = new CancellationTokenSource();
        var faultInjection = new FaultInjection(modes, faults, stopping.Token);
        app.Use((context, next) => faultInjection.InvokeAsync(context, () => next(context)));
        app.Run(site.HandleAsync);

        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch
        {
            await app.DisposeAsync();
            certificate.Dispose();
            stopping.Dispose();
            smallHost?.Dispose();
            throw;
        }
        return new FakeStore(app, certificate, catalog, log, faults, orders, keys, modes, stopping, smallHost);
    }

    public void ClearRequests() => _log.Clear();

    /// <summary>
    /// A SHA-256 (lowercase hex) over the full state of every product and variation, modification
    /// dates and stock included: equal before and after a request proves it changed nothing.
    /// </summary>
    public string CatalogFingerprint() => Catalog.CatalogFingerprint.Of(_catalog.All());

    /// <summary>Adds one simple product, newest of all, and returns its id.</summary>
    public long AddProduct()
    {
        Product product = _catalog.AddNew((id, now) => new Product
        {
            Id = id,
            Name = $"Added Product {id}",
            Slug = $"added-product-{id}",
            Sku = $"WOO-ADDED-{id}",
            DateCreated = now,
            DateModified = now,
            Description = "<p>Added while the store was running.</p>",
            RegularPrice = "9.99",
        });
        return product.Id;
    }

    /// <summary>
    /// Gives a product or variation this SKU with no check (its modification date unchanged), as an
    /// import or a plugin writing _sku straight does although the REST API refuses a duplicate: then
    /// products?sku=X lists both. Also POST /__fakestore/products/{id}/sku.
    /// </summary>
    /// <exception cref="ArgumentException">No product or variation has the id.</exception>
    public void ForceSku(long id, string sku)
    {
        ArgumentNullException.ThrowIfNull(sku);
        if (!_catalog.ForceSku(id, sku))
        {
            throw new ArgumentException($"No product or variation has id {id}.", nameof(id));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _certificate.Dispose();
        _stopping.Dispose();
        _smallHost?.Dispose();
    }

    private static WebApplication BuildApp(FakeStoreOptions options, X509Certificate2 certificate)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IHostLifetime, PassiveHostLifetime>();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            // HTTP/1.1 only, like the nginx in front of the reference store (chunked bodies, no h2).
            kestrel.Listen(IPAddress.Loopback, options.HttpPort, listen => listen.Protocols = HttpProtocols.Http1);
            kestrel.Listen(IPAddress.Loopback, options.HttpsPort, listen =>
            {
                listen.Protocols = HttpProtocols.Http1;
                listen.UseHttps(certificate);
            });
        });
        return builder.Build();
    }

    private static (Uri Http, Uri Https) ListeningUrls(WebApplication app)
    {
        ICollection<string> addresses = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        Uri Find(string scheme) => new(addresses.Select(address => new Uri(address)).First(uri => uri.Scheme == scheme).GetLeftPart(UriPartial.Authority));
        return (Find("http"), Find("https"));
    }
}
