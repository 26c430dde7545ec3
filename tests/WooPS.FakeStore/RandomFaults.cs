using System;

namespace WooPS.FakeStore;

/// <summary>
/// How often requests to /wp-json/… fail at random (<see cref="FakeStoreModes.Faults"/>), to test a
/// client's retries: each request fails with probability <see cref="Fraction"/>, in one of the ways
/// <see cref="FaultKind"/> lists, chosen at random too. The draws are a function of the seed, the
/// request (method, path, query less oauth_*/consumer_*, body) and how often that request was seen,
/// so a run repeats; and a request identical to one that failed twice in a row never fails again, so a
/// client that retries up to 3 times always gets through.
/// </summary>
public sealed record RandomFaults
{
    /// <summary>No faults.</summary>
    public static readonly RandomFaults None = new(0);

    /// <param name="fraction">0 (none) to 1 (every request, until spared).</param>
    public RandomFaults(double fraction, int seed = 0)
    {
        if (double.IsNaN(fraction) || fraction is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(fraction), fraction, "The fraction of faulted requests must be from 0 to 1.");
        }
        Fraction = fraction;
        Seed = seed;
    }

    public double Fraction { get; }

    public int Seed { get; }
}
