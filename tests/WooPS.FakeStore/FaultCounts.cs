using System.Collections.Generic;
using System.Linq;

namespace WooPS.FakeStore;

/// <summary>
/// What the store's fault mode did so far (<see cref="FakeStore.FaultCounts"/>, GET /__fakestore/faults):
/// the faults by kind, and how many times each address was written to.
/// </summary>
/// <param name="AppliedWrites">
/// Per "METHOD /path" (the path as sent, no query), how many POST, PUT, PATCH and DELETE requests to
/// /wp-json/… WordPress carried out (answered 2xx), faults or not: a write answered 504 after it was
/// applied counts, one failed before it was applied does not.
/// </param>
public sealed record FaultCounts(IReadOnlyDictionary<FaultKind, int> ByKind, IReadOnlyDictionary<string, int> AppliedWrites)
{
    public int Total => ByKind.Values.Sum();

    public int Of(FaultKind kind) => ByKind.GetValueOrDefault(kind);

    public int AppliedWritesTo(string methodAndPath) => AppliedWrites.GetValueOrDefault(methodAndPath);
}
