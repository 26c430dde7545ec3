using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using WooPS.Core;

namespace WooPS.Tests.Support
{
    /// <summary>Keeps every message the core logs, to assert on what a user would see with -Verbose.</summary>
    public sealed class RecordingLog : IWooLog
    {
        private readonly ConcurrentQueue<string> _verbose = new ConcurrentQueue<string>();
        private readonly ConcurrentQueue<string> _warnings = new ConcurrentQueue<string>();
        private readonly ConcurrentQueue<string> _debug = new ConcurrentQueue<string>();

        public IReadOnlyList<string> VerboseMessages => _verbose.ToList();

        public IReadOnlyList<string> Warnings => _warnings.ToList();

        public IReadOnlyList<string> DebugMessages => _debug.ToList();

        public IEnumerable<string> All => VerboseMessages.Concat(Warnings);

        public void Verbose(string message) => _verbose.Enqueue(message);

        public void Warning(string message) => _warnings.Enqueue(message);

        public void Debug(string message) => _debug.Enqueue(message);
    }
}
