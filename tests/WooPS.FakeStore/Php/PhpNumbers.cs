using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace WooPS.FakeStore.Php;

/// <summary>PHP's string-to-number casts: the leading number counts, anything after it is ignored, no number is 0.</summary>
internal static partial class PhpNumbers
{
    /// <summary>floatval("12.5abc") is 12.5; floatval("abc") is 0.</summary>
    public static decimal FloatVal(string text)
    {
        Match leading = LeadingFloat().Match(text);
        return leading.Success && decimal.TryParse(leading.Value.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out decimal value)
            ? value
            : 0m;
    }

    /// <summary>intval("12.7abc") is 12; intval("-3") is -3; intval("abc") is 0 (what wc_stock_amount makes of a quantity).</summary>
    public static long IntVal(string text) => (long)decimal.Truncate(Math.Clamp(FloatVal(text), long.MinValue, long.MaxValue));

    /// <summary>absint("12abc") is 12; absint("-3") is 3; absint("abc") is 0.</summary>
    public static long AbsInt(string text)
    {
        Match leading = LeadingInteger().Match(text);
        return leading.Success && long.TryParse(leading.Value.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long value)
            ? Math.Abs(value)
            : 0;
    }

    [GeneratedRegex(@"^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")]
    private static partial Regex LeadingFloat();

    [GeneratedRegex(@"^\s*[+-]?\d+")]
    private static partial Regex LeadingInteger();
}
