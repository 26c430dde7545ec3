using System;
using System.Globalization;
using System.Text.RegularExpressions;
using WooPS.FakeStore.Php;

namespace WooPS.FakeStore.Catalog;

/// <summary>
/// How WC_Data::set_date_prop reads a date a request gives (a coupon's date_expires): "" and "0" are
/// no date; a number is a Unix time; "2027-01-31T00:00:00" with Z or ±hh:mm an instant; anything else
/// as strtotime reads it in site time ("2027-01-31" is midnight, capture 65). What strtotime cannot read
/// becomes the Unix epoch, as gmdate( …, false ) makes it. Site time, whole seconds.
/// </summary>
internal static partial class WcDateProp
{
    private static readonly DateTime Epoch = new(1970, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);

    /// <summary>The date, or null for none.</summary>
    public static DateTime? Parse(string value)
    {
        if (value is "" or "0")
        {
            return null;
        }
        if (NumericString().IsMatch(value))
        {
            long seconds = (long)Math.Clamp(PhpNumbers.FloatVal(value), -62135596800m, 253402300799m);
            return SiteTime.FromMoment(DateTimeOffset.FromUnixTimeSeconds(seconds));
        }
        return SiteTime.Parse(value) ?? DateOnly(value) ?? Epoch;
    }

    private static DateTime? DateOnly(string value) =>
        DateOnlyPattern().IsMatch(value) && DateTime.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime day)
            ? day
            : null;

    // PHP 8's is_numeric.
    [GeneratedRegex(@"^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$")]
    private static partial Regex NumericString();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex DateOnlyPattern();
}
