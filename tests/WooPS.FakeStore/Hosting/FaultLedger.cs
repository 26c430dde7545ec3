using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace WooPS.FakeStore.Hosting;

/// <summary>
/// The fault mode's memory and dice (<see cref="RandomFaults"/>): per request fingerprint, how often it
/// was seen and how many times in a row it failed (twice spares it for good); the faults by kind; the
/// writes applied per address. Thread-safe.
/// </summary>
internal sealed class FaultLedger
{
    private static readonly FaultKind[] ReadFaults = [FaultKind.Unavailable, FaultKind.ConnectionAborted];
    private static readonly FaultKind[] WriteFaults = [FaultKind.Unavailable, FaultKind.GatewayTimeoutAfterWrite, FaultKind.ConnectionAborted];

    private readonly object _gate = new();
    private readonly Dictionary<string, History> _histories = [];
    private readonly Dictionary<FaultKind, int> _faults = [];
    private readonly Dictionary<string, int> _appliedWrites = [];

    /// <summary>The fault this request gets, or null when it is to be answered.</summary>
    /// <param name="isWrite">Only a write can be faulted after it was applied.</param>
    public FaultKind? Decide(RandomFaults faults, string fingerprint, bool isWrite)
    {
        lock (_gate)
        {
            if (!_histories.TryGetValue(fingerprint, out History? history))
            {
                history = new History();
                _histories[fingerprint] = history;
            }
            int attempt = history.Seen++;
            if (history.Spared || Draw(faults.Seed, fingerprint, attempt, "fail?") >= faults.Fraction)
            {
                history.FailuresInARow = 0;
                return null;
            }
            history.FailuresInARow++;
            history.Spared = history.FailuresInARow == 2;
            FaultKind[] kinds = isWrite ? WriteFaults : ReadFaults;
            FaultKind kind = kinds[(int)(Draw(faults.Seed, fingerprint, attempt, "kind") * kinds.Length)];
            _faults[kind] = _faults.GetValueOrDefault(kind) + 1;
            return kind;
        }
    }

    /// <param name="methodAndPath">"PUT /wp-json/wc/v3/products/10": the path as sent, no query.</param>
    public void CountAppliedWrite(string methodAndPath)
    {
        lock (_gate)
        {
            _appliedWrites[methodAndPath] = _appliedWrites.GetValueOrDefault(methodAndPath) + 1;
        }
    }

    public FaultCounts Snapshot()
    {
        lock (_gate)
        {
            return new FaultCounts(
                Enum.GetValues<FaultKind>().ToDictionary(kind => kind, kind => _faults.GetValueOrDefault(kind)),
                new Dictionary<string, int>(_appliedWrites, StringComparer.Ordinal));
        }
    }

    /// <summary>A uniform number in [0, 1) from the seed, the request, its attempt and what it decides.</summary>
    private static double Draw(int seed, string fingerprint, int attempt, string purpose)
    {
        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{seed}\n{purpose}\n{attempt}\n{fingerprint}"));
        return (BitConverter.ToUInt64(hash, 0) >> 11) * (1.0 / (1UL << 53));
    }

    private sealed class History
    {
        public int Seen;

        public int FailuresInARow;

        /// <summary>It failed twice in a row: it is never faulted again.</summary>
        public bool Spared;
    }
}
