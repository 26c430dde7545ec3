using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace WooPS.FakeStore.Php;

/// <summary>
/// WooCommerce's wc_format_decimal, which coupon amounts go through (set_amount, set_minimum_amount,
/// set_maximum_amount), and the two places the coupons controller answers them with.
/// </summary>
internal static partial class WcDecimal
{
    /// <summary>
    /// wc_format_decimal without a number of places: trimmed, then every character but digits, '.' and
    /// '-' dropped, and every '.' but the last: "1,234.50" is "1234.50", "10%" is "10", "abc" is "".
    /// </summary>
    public static string Format(string text) => NotDecimal().Replace(text.Trim(), "");

    /// <summary>PHP's is_numeric of what <see cref="Format"/> leaves: an optional '-', then digits with at most one '.'.</summary>
    public static bool IsNumeric(string formatted) => Numeric().IsMatch(formatted);

    /// <summary>The number PHP's floatval reads from it (0 when none).</summary>
    public static decimal Value(string formatted) => PhpNumbers.FloatVal(formatted);

    /// <summary>wc_format_decimal( $amount, 2 ): number_format with two places, halves rounded away from zero ("10" is "10.00").</summary>
    public static string TwoPlaces(decimal amount) =>
        Math.Round(amount, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>
    /// wc_format_decimal( $amount, $dp ): number_format with that many places, halves rounded away from
    /// zero; what the orders controller answers money with (dp: the store's price decimals unless asked).
    /// </summary>
    public static string Places(decimal amount, int places) =>
        Math.Round(amount, Math.Min(places, 28), MidpointRounding.AwayFromZero).ToString("F" + places.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>An amount as PHP prints the float wc_format_decimal left without places: "2.7", "0", "10".</summary>
    public static string Plain(decimal amount) => amount.ToString("0.############", CultureInfo.InvariantCulture);

    // preg_replace( '/\.(?![^.]+$)|[^0-9.-]/', '', … ): the lookahead reads the original string, as .NET's does.
    [GeneratedRegex(@"\.(?![^.]+$)|[^0-9.-]")]
    private static partial Regex NotDecimal();

    [GeneratedRegex(@"^-?([0-9]+(\.[0-9]*)?|\.[0-9]+)$")]
    private static partial Regex Numeric();
}
