using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using WooPS.Core;
using WooPS.Core.Resources.Writes;

namespace WooPS.Tests.Support
{
    /// <summary>
    /// Runs rows through a session's <see cref="WriteRun"/> as a write cmdlet does: a window at a time, the last
    /// flush sending everything; every row confirmed (or as <see cref="Decide"/> says), and the rows told recorded.
    /// </summary>
    internal sealed class WriteRunner : IWriteHost
    {
        private readonly List<WriteRow> _told = new List<WriteRow>();

        public WriteRunner(IWooLog log)
        {
            Log = log;
        }

        public IWooLog Log { get; }

        /// <summary>How each row is confirmed: null sends it (the default).</summary>
        public System.Func<WriteRow, RowOutcome?> Decide { get; set; } = _ => null;

        /// <summary>The rows told, in the order they were told.</summary>
        public IReadOnlyList<WriteRow> Told => _told;

        public static async Task<WriteRun> RunAsync(WooSession session, IEnumerable<WriteRow> rows, IWooLog log, WriteRunSettings? settings = null, CancellationToken cancellationToken = default, WriteRunner? runner = null)
        {
            runner ??= new WriteRunner(log);
            WriteRun run = session.Resources.NewWriteRun(settings ?? new WriteRunSettings());
            foreach (WriteRow row in rows)
            {
                if (run.Take(row))
                {
                    await run.FlushAsync(runner, last: false, cancellationToken);
                    if (run.KeyRefused != null)
                    {
                        // A cmdlet ends here with the refusal; the rows after it are never taken.
                        return run;
                    }
                }
            }

            await run.FlushAsync(runner, last: true, cancellationToken);
            return run;
        }

        public Task<IReadOnlyList<RowOutcome?>> ConfirmAsync(IReadOnlyList<WriteRow> rows) =>
            Task.FromResult<IReadOnlyList<RowOutcome?>>(rows.Select(Decide).ToList());

        public Task ReportAsync(IReadOnlyList<WriteRow> rows)
        {
            lock (_told)
            {
                _told.AddRange(rows);
            }

            WriteRun.MarkReported(rows);
            return Task.CompletedTask;
        }
    }
}
