using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace WooPS.FakeStore.Catalog;

/// <summary>
/// The site's timezone (Settings → General): UTC+0, as in the reference store. Dates are stored
/// in site time; their *_gmt twins are derived here, so both stay right if the offset ever changes.
/// </summary>
internal static partial class SiteTime
{
    /// <summary>WordPress's gmt_offset.</summary>
    public static readonly TimeSpan GmtOffset = TimeSpan.Zero;

    public static DateTime ToGmt(DateTime siteTime) => siteTime - GmtOffset;

    /// <summary>A moment with an explicit offset, as site time (what WP_Date_Query compares).</summary>
    public static DateTime FromMoment(DateTimeOffset moment) => moment.ToOffset(GmtOffset).DateTime;

    /// <summary>
    /// A date-time as rest_parse_date accepts it: "2026-11-27T22:46:10", optional fraction and
    /// offset (Z, +hh or +hh:mm); null when it is none. Returned as site time, whole seconds: an
    /// offset-less value is taken as site time, one with an offset is converted to it.
    /// </summary>
    public static DateTime? Parse(string raw)
    {
        Match match = RestDate().Match(raw);
        if (!match.Success)
        {
            return null;
        }
        int Part(int group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);
        int year = Part(1), month = Part(2), day = Part(3), hour = Part(4), minute = Part(5), second = Part(6);
        if (month is < 1 or > 12 || day is < 1 or > 31 || hour > 23 || minute > 59 || second > 59 || year < 1)
        {
            return null;
        }
        // strtotime lets a day run past the month's end ("02-30" is 2 March), so add it on.
        DateTime local = new DateTime(year, month, 1, hour, minute, second, DateTimeKind.Unspecified).AddDays(day - 1);
        string zone = match.Groups[8].Value;
        if (zone.Length == 0)
        {
            return local;
        }
        TimeSpan? offset = zone == "Z" ? TimeSpan.Zero : ZoneOffset(zone);
        return offset is null ? null : FromMoment(new DateTimeOffset(local, offset.Value));
    }

    /// <summary>"+hh" or "+hh:mm"; null beyond ±14:00, which .NET (like every real zone) does not reach.</summary>
    private static TimeSpan? ZoneOffset(string zone)
    {
        int hours = int.Parse(zone[1..3], CultureInfo.InvariantCulture);
        int minutes = zone.Length > 3 ? int.Parse(zone[4..6], CultureInfo.InvariantCulture) : 0;
        var offset = new TimeSpan(hours, minutes, 0);
        if (minutes > 59 || offset > TimeSpan.FromHours(14))
        {
            return null;
        }
        return zone[0] == '-' ? -offset : offset;
    }

    // rest_parse_date's pattern.
    [GeneratedRegex(@"^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}(:\d{2})?)?$")]
    private static partial Regex RestDate();
}
