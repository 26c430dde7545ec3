using System.Globalization;
using System.Management.Automation;
using WooPS.Core.Paging;

namespace WooPS.Output
{
    /// <summary>Write-Progress for listings of more than one page: "page 7 of 20, 700 of 1,953 products".</summary>
    internal sealed class ListingProgress
    {
        private const int ActivityId = 0x5700;
        private readonly string _activity;
        private readonly string _plural;
        private long _received;
        private bool _shown;

        public ListingProgress(string activity, string plural)
        {
            _activity = activity;
            _plural = plural;
        }

        /// <param name="written">How many items of this page went out.</param>
        public void Report<T>(Cmdlet cmdlet, WooPage<T> page, int written)
        {
            _received += written;
            if (!(page.TotalPages is int pages) || pages <= 1)
            {
                return;
            }

            string items = page.TotalItems is long total
                ? string.Format(CultureInfo.CurrentCulture, "{0:N0} of {1:N0} {2}", _received, total, _plural)
                : string.Format(CultureInfo.CurrentCulture, "{0:N0} {1}", _received, _plural);
            // A store whose headers announce fewer pages than it has (or a -Skip past the end) goes past "of".
            bool withinPlan = page.Number <= pages;
            string where = withinPlan
                ? string.Format(CultureInfo.CurrentCulture, "page {0:N0} of {1:N0}, {2}", page.Number, pages, items)
                : string.Format(CultureInfo.CurrentCulture, "page {0:N0}, {1}", page.Number, items);
            var record = new ProgressRecord(ActivityId, _activity, where)
            {
                PercentComplete = withinPlan ? (int)(100L * page.Number / pages) : -1,
            };
            cmdlet.WriteProgress(record);
            _shown = true;
        }

        public void Complete(Cmdlet cmdlet)
        {
            if (_shown)
            {
                cmdlet.WriteProgress(new ProgressRecord(ActivityId, _activity, "done") { RecordType = ProgressRecordType.Completed });
            }
        }
    }
}
