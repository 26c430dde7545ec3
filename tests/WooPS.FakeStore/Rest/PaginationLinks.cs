using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using WooPS.FakeStore.Php;

namespace WooPS.FakeStore.Rest;

/// <summary>
/// The Link header of a collection, built like WooCommerce does with WordPress's add_query_arg:
/// the request's own (decoded) query joined raw, '=' dropped before '&amp;' or the end, parsed
/// again, page replaced or appended, values urlencoded. That is why an OAuth signature comes back
/// without its trailing '=' and with '/' as %2F (captures 17, 32, 40, 45).
/// </summary>
internal static partial class PaginationLinks
{
    /// <summary>The header value, or null when there is neither a previous nor a next page.</summary>
    /// <param name="encodeKeys">
    /// Whether the keys are urlencoded too, as build_query does: an array parameter the controller put back
    /// on the request (orders' status) goes out as status%5B0%5D=any (capture 26).
    /// </param>
    public static string? Build(string origin, string path, PhpQueryString query, int page, int totalPages, bool encodeKeys = false)
    {
        var links = new List<string>();
        if (page > 1)
        {
            int previous = page - 1 > totalPages ? totalPages : page - 1;
            links.Add($"<{PageUrl(origin, path, query, previous, encodeKeys)}>; rel=\"prev\"");
        }
        if (totalPages > page)
        {
            links.Add($"<{PageUrl(origin, path, query, page + 1, encodeKeys)}>; rel=\"next\"");
        }
        return links.Count == 0 ? null : string.Join(", ", links);
    }

    private static string PageUrl(string origin, string path, PhpQueryString query, int page, bool encodeKeys)
    {
        string baseQuery = DropEmptyValueEquals(string.Join("&", query.Pairs.Select(pair => pair.Key + "=" + pair.Value)));
        PhpQueryString reparsed = PhpQueryString.Parse(baseQuery);
        reparsed.Set("page", page.ToString(CultureInfo.InvariantCulture));
        var built = new StringBuilder();
        foreach (KeyValuePair<string, string> pair in reparsed.Pairs)
        {
            built.Append(built.Length == 0 ? "" : "&").Append(encodeKeys ? PhpUrlEncoding.UrlEncode(pair.Key) : pair.Key).Append('=').Append(PhpUrlEncoding.UrlEncode(pair.Value));
        }
        return origin + path + "?" + DropEmptyValueEquals(built.ToString());
    }

    // add_query_arg's preg_replace('#=(&|$)#', '$1', …).
    private static string DropEmptyValueEquals(string query) => EqualsBeforeAmpersandOrEnd().Replace(query, "$1");

    [GeneratedRegex("=(&|$)")]
    private static partial Regex EqualsBeforeAmpersandOrEnd();
}
