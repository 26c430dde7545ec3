using System;

namespace WooPS.FakeStore.Catalog;

/// <summary>
/// The site's timezone (Settings → General): UTC+0, as in the reference store. Dates are stored
/// in site time; their *_gmt twins are derived here, so both stay right if the offset ever changes.
/// </summary>
internal static class SiteTime
{
    /// <summary>WordPress's gmt_offset.</summary>
    public static readonly TimeSpan GmtOffset = TimeSpan.Zero;

    public static DateTime ToGmt(DateTime siteTime) => siteTime - GmtOffset;

    /// <summary>A moment with an explicit offset, as site time (what WP_Date_Query compares).</summary>
    public static DateTime FromMoment(DateTimeOffset moment) => moment.ToOffset(GmtOffset).DateTime;
}
