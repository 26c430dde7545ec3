using System;

namespace WooPS.FakeStore;

/// <summary>
/// A small host: PHP-FPM with a fixed pool of workers sharing a fixed CPU budget, and a short queue in front
/// of the pool (<see cref="Hosting.SmallHost"/>). Requests beyond workers plus queue are refused with
/// <see cref="OverflowStatus"/>, as shared hosts refuse (nginx's 503, or a 429 from the host's limit on
/// processes, with Retry-After: 1).
/// </summary>
public sealed record SmallHostProfile(int Workers, double Cpus = 2, int Queue = 8, int OverflowStatus = 503)
{
    /// <summary>
    /// CPU each request costs: a fixed part, and a part for every 100 KB of the answer. A page of 100 sample
    /// products is about 220 KB, so about 120 ms: the reference 2-core host served a page of 100 real products
    /// in 380 ms, one at a time, and WooPS then spends about a fifth of that converting it, so this host is the
    /// bottleneck as that one was, only three times as fast. A write costs three times a read of the same size
    /// (saving runs hooks, stock sync, cache purges).
    /// </summary>
    public double BaseCpuMs { get; init; } = 5;

    public double CpuMsPer100Kb { get; init; } = 52;

    public double WriteFactor { get; init; } = 3;

    /// <summary>
    /// How much work is lost per request running beyond the CPUs (context switches, caches, locks in MySQL): the
    /// reference host took 14 % longer at 4 requests than at its best of 3, and 40 % longer at 8.
    /// </summary>
    public double ContentionPerExtraRequest { get; init; } = 0.07;

    /// <summary>
    /// How fast each of <paramref name="running"/> requests runs, in CPUs: min(1, CPUs / running), less what
    /// contention wastes when more run than there are CPUs.
    /// </summary>
    public double ShareOf(int running) =>
        running == 0 ? 0 : Math.Min(1, Cpus / running) / (1 + (ContentionPerExtraRequest * Math.Max(0, running - Cpus)));
}
