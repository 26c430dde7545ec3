using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using WooPS.Core.Resources.Writes;

namespace WooPS.Output
{
    /// <summary>How the rows of a write ended, for Write-Progress on the way and the one summary line at the end.</summary>
    internal sealed class WriteTally
    {
        private const int ActivityId = 0x5701;
        private static readonly (RowOutcome Outcome, string Words, bool Always)[] Parts =
        {
            (RowOutcome.Applied, "applied", true),
            (RowOutcome.Unchanged, "unchanged", true),
            (RowOutcome.Failed, "failed", true),
            (RowOutcome.InDoubt, "in doubt", false),
            (RowOutcome.NotSent, "not sent", false),
            (RowOutcome.Previewed, "shown by -WhatIf, not sent", false),
            (RowOutcome.Declined, "declined", false),
        };

        private bool _progressShown;

        /// <summary>"998 applied, 0 unchanged, 2 failed": every row counted once; the rarer outcomes only when there are any.</summary>
        public static string Of(IReadOnlyList<WriteRow> rows)
        {
            Dictionary<RowOutcome, int> counts = rows.GroupBy(row => row.Outcome).ToDictionary(group => group.Key, group => group.Count());
            return string.Join(", ", Parts
                .Select(part => (part.Words, part.Always, Count: counts.TryGetValue(part.Outcome, out int count) ? count : 0))
                .Where(part => part.Always || part.Count > 0)
                .Select(part => part.Count.ToString("N0", CultureInfo.CurrentCulture) + " " + part.Words));
        }

        /// <summary>Progress after each window of rows: how many so far, and how they went.</summary>
        public void Report(PSCmdlet cmdlet, IReadOnlyList<WriteRow> rows)
        {
            string activity = cmdlet.MyInvocation.MyCommand.Name;
            cmdlet.WriteProgress(new ProgressRecord(ActivityId, activity, string.Format(CultureInfo.CurrentCulture, "{0:N0} rows: {1}", rows.Count, Of(rows))));
            _progressShown = true;
        }

        public void Complete(PSCmdlet cmdlet)
        {
            if (_progressShown)
            {
                cmdlet.WriteProgress(new ProgressRecord(ActivityId, cmdlet.MyInvocation.MyCommand.Name, "done") { RecordType = ProgressRecordType.Completed });
            }
        }

        /// <summary>The summary line: "Set-WooProduct: 998 applied, 0 unchanged, 2 failed."</summary>
        public static string Summary(PSCmdlet cmdlet, IReadOnlyList<WriteRow> rows) => $"{cmdlet.MyInvocation.MyCommand.Name}: {Of(rows)}.";
    }
}
