using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;

namespace WooPS.Base
{
    /// <summary>How the rows of a write ended, for Write-Progress on the way and the one summary line at the end.</summary>
    internal sealed class WriteTally
    {
        private const int ActivityId = 0x5701;
        private bool _progressShown;

        public int Applied { get; set; }

        public int Unchanged { get; set; }

        public int Failed { get; set; }

        /// <summary>Shown by -WhatIf, not sent.</summary>
        public int Previewed { get; set; }

        /// <summary>Answered "no" at -Confirm.</summary>
        public int Declined { get; set; }

        private int Rows => Applied + Unchanged + Failed + Previewed + Declined;

        /// <summary>"998 applied, 0 unchanged, 2 failed": every row counted once.</summary>
        public override string ToString()
        {
            var parts = new List<string>
            {
                Count(Applied, "applied"),
                Count(Unchanged, "unchanged"),
                Count(Failed, "failed"),
            };
            if (Previewed > 0)
            {
                parts.Add(Count(Previewed, "shown by -WhatIf, not sent"));
            }

            if (Declined > 0)
            {
                parts.Add(Count(Declined, "declined"));
            }

            return string.Join(", ", parts);
        }

        /// <summary>Progress after each window of rows: how many so far, and how they went.</summary>
        public void Report(PSCmdlet cmdlet)
        {
            string activity = cmdlet.MyInvocation.MyCommand.Name;
            cmdlet.WriteProgress(new ProgressRecord(ActivityId, activity, string.Format(CultureInfo.CurrentCulture, "{0:N0} rows: {1}", Rows, this)));
            _progressShown = true;
        }

        public void Finish(PSCmdlet cmdlet)
        {
            string activity = cmdlet.MyInvocation.MyCommand.Name;
            if (_progressShown)
            {
                cmdlet.WriteProgress(new ProgressRecord(ActivityId, activity, "done") { RecordType = ProgressRecordType.Completed });
            }

            cmdlet.WriteInformation($"{activity}: {this}.", new[] { "WooPS", "Summary" });
        }

        private static string Count(int count, string what) => count.ToString("N0", CultureInfo.CurrentCulture) + " " + what;
    }
}
