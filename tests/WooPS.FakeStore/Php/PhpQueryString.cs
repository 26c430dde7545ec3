using System;
using System.Collections.Generic;
using System.Linq;

namespace WooPS.FakeStore.Php;

/// <summary>
/// A query string decoded the way PHP fills $_GET: pairs split on '&amp;' and the first '=',
/// keys and values urldecoded ('+' is a space), a repeated key keeps its first position but takes the last value.
/// </summary>
internal sealed class PhpQueryString
{
    private readonly List<KeyValuePair<string, string>> _pairs = [];

    public static readonly PhpQueryString Empty = new();

    public IReadOnlyList<KeyValuePair<string, string>> Pairs => _pairs;

    /// <summary>Parses a raw query string, with or without its leading '?'.</summary>
    public static PhpQueryString Parse(string rawQuery)
    {
        var query = new PhpQueryString();
        foreach (string piece in rawQuery.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            int equals = piece.IndexOf('=', StringComparison.Ordinal);
            string key = PhpUrlEncoding.UrlDecode(equals < 0 ? piece : piece[..equals]);
            string value = equals < 0 ? "" : PhpUrlEncoding.UrlDecode(piece[(equals + 1)..]);
            if (key.Length > 0)
            {
                query.Set(key, value);
            }
        }
        return query;
    }

    public string? this[string key] => _pairs.FirstOrDefault(pair => pair.Key == key).Value;

    /// <summary>PHP's empty(): a missing key, "" and "0" all count as empty.</summary>
    public bool IsEmpty(string key) => this[key] is null or "" or "0";

    /// <summary>Replaces the value in place when the key exists, appends it otherwise (PHP array semantics).</summary>
    public void Set(string key, string value)
    {
        int index = _pairs.FindIndex(pair => pair.Key == key);
        if (index >= 0)
        {
            _pairs[index] = new KeyValuePair<string, string>(key, value);
        }
        else
        {
            _pairs.Add(new KeyValuePair<string, string>(key, value));
        }
    }
}
