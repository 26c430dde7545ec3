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

    /// <summary>Delay added to every request, in milliseconds (for benchmarks).</summary>
    public int DelayMs { get; set; }
}
