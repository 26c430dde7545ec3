using System;
using System.Globalization;
using WooPS.Core.Http;

namespace WooPS.Core.Resources
{
    /// <summary>The filters on when items were made and last changed, which products and orders share (after, before, modified_*).</summary>
    public abstract class DatedListQuery : ListQuery
    {
        /// <summary>Created after this moment; a Local or Unspecified time is taken as this computer's local time.</summary>
        public DateTime? CreatedAfter { get; set; }

        public DateTime? CreatedBefore { get; set; }

        public DateTime? ModifiedAfter { get; set; }

        public DateTime? ModifiedBefore { get; set; }

        internal sealed override void AddFilters(WooRequest request)
        {
            AddOwnFilters(request);
            bool anyDate = false;
            anyDate |= AddDate(request, "after", CreatedAfter);
            anyDate |= AddDate(request, "before", CreatedBefore);
            anyDate |= AddDate(request, "modified_after", ModifiedAfter);
            anyDate |= AddDate(request, "modified_before", ModifiedBefore);
            if (anyDate)
            {
                // Dates go out in UTC, so the store's own time zone (in which it reads them otherwise, 66) does not matter.
                request.With("dates_are_gmt", "true");
            }
        }

        /// <summary>The resource's filters besides the dates.</summary>
        internal abstract void AddOwnFilters(WooRequest request);

        private static bool AddDate(WooRequest request, string name, DateTime? value)
        {
            if (value is not DateTime moment)
            {
                return false;
            }

            DateTime utc = moment.Kind == DateTimeKind.Utc ? moment : DateTime.SpecifyKind(moment, DateTimeKind.Local).ToUniversalTime();
            request.With(name, utc.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture));
            return true;
        }
    }
}
