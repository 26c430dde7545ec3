using System;
using System.Linq;
using System.Text.RegularExpressions;

namespace WooPS.FakeStore.Catalog;

/// <summary>
/// WordPress's wpautop, as far as product texts need it: blank lines part paragraphs, each wrapped
/// in &lt;p&gt; unless it already is one, single newlines become &lt;br /&gt;, and the result ends with
/// a newline ("Short description 2" → "&lt;p&gt;Short description 2&lt;/p&gt;\n", capture 06 against 23).
/// Other block elements are not recognised.
/// </summary>
internal static partial class Wpautop
{
    public static string Apply(string text)
    {
        string trimmed = text.Replace("\r\n", "\n").Trim();
        if (trimmed.Length == 0)
        {
            return "";
        }
        return string.Concat(BlankLines().Split(trimmed).Select(paragraph => Paragraph(paragraph.Trim()) + "\n"));
    }

    private static string Paragraph(string paragraph)
    {
        string broken = paragraph.Replace("\n", "<br />\n");
        return broken.StartsWith("<p>", StringComparison.Ordinal) && broken.EndsWith("</p>", StringComparison.Ordinal)
            ? broken
            : "<p>" + broken + "</p>";
    }

    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex BlankLines();
}
