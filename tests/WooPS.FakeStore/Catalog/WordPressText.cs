using System;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace WooPS.FakeStore.Catalog;

/// <summary>
/// WordPress's sanitize_title, which makes slugs. Faithful for ASCII; other characters are
/// percent-encoded as utf8_uri_encode does, without remove_accents' transliteration.
/// </summary>
internal static partial class WordPressText
{
    /// <summary>
    /// sanitize_title_with_dashes in the save context: tags and entities dropped, lower case, '.' and
    /// '/' and whitespace to '-', anything but letters, digits, '_', '-' and octets dropped, dashes
    /// collapsed and trimmed ("RW Cap2 &amp;amp; Co" → "rw-cap2-co", capture 57).
    /// </summary>
    public static string SanitizeTitle(string title)
    {
        string text = Tag().Replace(title, "");
        // Escaped octets are kept, other percent signs dropped.
        text = Octet().Replace(text, "---$1---").Replace("%", "");
        text = OctetPlaceholder().Replace(text, "%$1");
        text = Utf8UriEncode(text.ToLowerInvariant()).ToLowerInvariant();
        text = text.Replace("%c2%a0", "-").Replace("%e2%80%93", "-").Replace("%e2%80%94", "-");
        text = text.Replace("&nbsp;", "-").Replace("&#160;", "-").Replace("&ndash;", "-").Replace("&#8211;", "-")
            .Replace("&mdash;", "-").Replace("&#8212;", "-").Replace('/', '-');
        text = Entity().Replace(text, "").Replace('.', '-');
        text = NotSlugCharacter().Replace(text, "");
        text = Whitespace().Replace(text, "-");
        return Dashes().Replace(text, "-").Trim('-');
    }

    /// <summary>utf8_uri_encode: every byte of a non-ASCII character as %xx.</summary>
    private static string Utf8UriEncode(string text)
    {
        var encoded = new StringBuilder(text.Length);
        Span<byte> bytes = stackalloc byte[4];
        foreach (Rune rune in text.EnumerateRunes())
        {
            if (rune.IsAscii)
            {
                encoded.Append((char)rune.Value);
                continue;
            }
            int length = rune.EncodeToUtf8(bytes);
            foreach (byte b in bytes[..length])
            {
                encoded.Append('%').Append(b.ToString("x2", CultureInfo.InvariantCulture));
            }
        }
        return encoded.ToString();
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex("%([a-fA-F0-9]{2})")]
    private static partial Regex Octet();

    [GeneratedRegex("---([a-fA-F0-9]{2})---")]
    private static partial Regex OctetPlaceholder();

    [GeneratedRegex("&.+?;")]
    private static partial Regex Entity();

    [GeneratedRegex("[^%a-z0-9 _-]")]
    private static partial Regex NotSlugCharacter();

    [GeneratedRegex("[\r\n\t ]+")]
    private static partial Regex Whitespace();

    [GeneratedRegex("-+")]
    private static partial Regex Dashes();
}
