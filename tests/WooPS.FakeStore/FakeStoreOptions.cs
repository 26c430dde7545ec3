namespace WooPS.FakeStore;

/// <summary>How to start a fake store.</summary>
public sealed class FakeStoreOptions
{
    /// <summary>Plain-http port on 127.0.0.1; 0 picks any free port.</summary>
    public int HttpPort { get; set; }

    /// <summary>HTTPS port on 127.0.0.1; 0 picks any free port.</summary>
    public int HttpsPort { get; set; }

    /// <summary>How many sample products to seed.</summary>
    public int Products { get; set; } = 25;

    /// <summary>How many sample coupons to seed (<see cref="Catalog.CouponSeeder"/>), after the products.</summary>
    public int Coupons { get; set; } = 3;

    /// <summary>How many sample customers to seed, besides the administrator (user 1).</summary>
    public int Customers { get; set; } = 3;

    /// <summary>
    /// How many sample orders to seed (<see cref="Orders.OrderSeeder"/>), after the coupons, over the seeded
    /// customers and products; none unless given.
    /// </summary>
    public int Orders { get; set; }

    /// <summary>
    /// Settings → General → Number of decimals (woocommerce_price_num_decimals): what
    /// GET settings/general/woocommerce_price_num_decimals answers as its value (capture 67). Not negative.
    /// Product and coupon prices keep two places; orders answer money with these decimals, as WooCommerce does (dp).
    /// </summary>
    public int PriceDecimals { get; set; } = 2;

    /// <summary>
    /// Delay added to every request, in milliseconds, before it reaches the host: a store far away with as many
    /// PHP workers as it gets requests (for benchmarks).
    /// </summary>
    public int DelayMs { get; set; }

    /// <summary>Makes the store a small host with so many PHP workers and CPUs (for benchmarks); null: as many workers as requests, no CPU limit.</summary>
    public SmallHostProfile? SmallHost { get; set; }

    /// <summary>Refuses with 429 and Retry-After every request past this many in the last second (for benchmarks); 0: no limit.</summary>
    public int RateLimit { get; set; }
}
