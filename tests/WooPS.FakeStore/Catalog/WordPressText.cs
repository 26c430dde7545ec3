using System;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace WooPS.FakeStore.Catalog;

/// <summary>
/// WordPress's sanitizing of what a term or product is given: sanitize_title for slugs (and tax
/// classes), the pre_term_name filters for names, wp_unslash. Faithful for ASCII; other characters are kept (names) or percent-encoded as
/// utf8_uri_encode does (slugs), without remove_accents' transliteration.
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

    /// <summary>
    /// A term name as wp_insert_term and wp_update_term store it (the pre_term_name filters):
    /// sanitize_text_field (tags stripped, whitespace collapsed and trimmed, octets dropped), then
    /// wp_filter_kses and _wp_specialchars, which encode a bare '&amp;', '&lt;' and '&gt;' and leave
    /// entities alone ("RW Cap2 &lt;b&gt;Bold&lt;/b&gt; &amp; Co" → "RW Cap2 Bold &amp;amp; Co", captures 57, 57d).
    /// </summary>
    public static string SanitizeTermName(string name)
    {
        // wp_pre_kses_less_than: a '<' that opens no tag is text.
        string text = LoneLessThan().Replace(name, "&lt;");
        text = ScriptOrStyle().Replace(text, "");
        text = Tag().Replace(text, "");
        text = Whitespace().Replace(text, " ").Trim();
        bool hadOctets = Octet().IsMatch(text);
        while (Octet().IsMatch(text))
        {
            text = Octet().Replace(text, "");
        }
        if (hadOctets)
        {
            text = Whitespace().Replace(text, " ").Trim();
        }
        text = BareAmpersand().Replace(text, "&amp;");
        return text.Replace("<", "&lt;").Replace(">", "&gt;");
    }

    /// <summary>wp_unslash (PHP's stripslashes): each backslash goes and keeps the character after it, but one before a 0 makes a NUL.</summary>
    public static string Unslash(string text) =>
        Slashed().Replace(text, escaped => escaped.Groups[1].Value == "0" ? "\0" : escaped.Groups[1].Value);

    /// <summary>
    /// sanitize_text_field (wc_clean): tags stripped, whitespace runs made one space, trimmed; octets
    /// dropped. What a customer's first and last names go through.
    /// </summary>
    public static string SanitizeTextField(string text)
    {
        string clean = ScriptOrStyle().Replace(LoneLessThan().Replace(text, "&lt;"), "");
        clean = Tag().Replace(clean, "");
        clean = Octet().Replace(clean, "");
        return Whitespace().Replace(clean, " ").Trim();
    }

    /// <summary>
    /// sanitize_user: tags, percent-encoded octets and entities dropped; strict, only ASCII letters,
    /// digits, space, '_', '.', '-' and '@' kept; trimmed, whitespace runs made one space.
    /// </summary>
    public static string SanitizeUser(string username, bool strict)
    {
        string clean = Tag().Replace(username, "");
        clean = Octet().Replace(clean, "");
        clean = Entity().Replace(clean, "");
        if (strict)
        {
            clean = NotUsernameCharacter().Replace(clean, "");
        }
        return Whitespace().Replace(clean.Trim(), " ");
    }

    /// <summary>
    /// esc_html: '&lt;', '&gt;', '"' and "'" encoded, and an '&amp;' that starts no entity; entities already
    /// there are left alone (_wp_specialchars with ENT_QUOTES and no double encoding).
    /// </summary>
    public static string EscHtml(string text) =>
        BareAmpersand().Replace(text, "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;").Replace("'", "&#039;");

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

    [GeneratedRegex(@"\\(.?)", RegexOptions.Singleline)]
    private static partial Regex Slashed();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"<(script|style)[^>]*?>.*?</\1>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex ScriptOrStyle();

    [GeneratedRegex("<(?=[^a-zA-Z/!?]|$)")]
    private static partial Regex LoneLessThan();

    [GeneratedRegex("%([a-fA-F0-9]{2})")]
    private static partial Regex Octet();

    [GeneratedRegex("---([a-fA-F0-9]{2})---")]
    private static partial Regex OctetPlaceholder();

    [GeneratedRegex("&.+?;")]
    private static partial Regex Entity();

    [GeneratedRegex(@"[^a-z0-9 _.\-@]", RegexOptions.IgnoreCase)]
    private static partial Regex NotUsernameCharacter();

    [GeneratedRegex("[^%a-z0-9 _-]")]
    private static partial Regex NotSlugCharacter();

    [GeneratedRegex("[\r\n\t ]+")]
    private static partial Regex Whitespace();

    [GeneratedRegex("-+")]
    private static partial Regex Dashes();

    // An '&' that starts no entity (&name; &#123; &#x1f;), as wp_kses_normalize_entities leaves them.
    [GeneratedRegex("&(?!([A-Za-z][A-Za-z0-9]*|#[0-9]+|#[xX][0-9a-fA-F]+);)")]
    private static partial Regex BareAmpersand();
}
