using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace WooPS.FakeStore.Php;

/// <summary>
/// A query string decoded the way PHP fills $_GET: pairs split on '&amp;' and the first '=',
/// keys and values urldecoded ('+' is a space), a repeated key keeps its first position but takes the last value.
/// A key written <c>name[key]</c> is an item of the array <c>name</c>; <c>name[]</c> takes the array's next free
/// number, as PHP numbers it, so <c>include[]=10&amp;include[]=11</c> is held as <c>include[0]</c> and
/// <c>include[1]</c>, the keys WooCommerce signs (capture 62d). One level of array is modelled.
/// </summary>
internal sealed class PhpQueryString
{
    private readonly List<KeyValuePair<string, string>> _pairs = [];
    private readonly Dictionary<string, long> _nextIndex = new(StringComparer.Ordinal);

    public static readonly PhpQueryString Empty = new();

    /// <summary>Every scalar as name=value and every array item as name[key]=value, as PHP keeps them.</summary>
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
                query.Set(ArrayItemKey(query, key), value);
            }
        }
        return query;
    }

    /// <summary>
    /// A scalar's value; for an array (<c>include[0]=10&amp;include[1]=11</c>) its items joined with commas, which is
    /// how WordPress reads a list parameter given either way (wp_parse_list).
    /// </summary>
    public string? this[string key]
    {
        get
        {
            string? scalar = _pairs.FirstOrDefault(pair => pair.Key == key).Value;
            if (scalar is not null)
            {
                return scalar;
            }
            string[] items = _pairs.Where(pair => pair.Key.StartsWith(key + "[", StringComparison.Ordinal)).Select(pair => pair.Value).ToArray();
            return items.Length == 0 ? null : string.Join(",", items);
        }
    }

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

    /// <summary>The name PHP files a key under: <c>include</c> for <c>include[0]</c>, the key itself for a scalar.</summary>
    public static string NameOf(string key)
    {
        int bracket = key.IndexOf('[', StringComparison.Ordinal);
        return bracket > 0 && key.EndsWith(']') ? key[..bracket] : key;
    }

    /// <summary>The key an array item is held under: name[] numbered as PHP numbers it; other keys as they are.</summary>
    private static string ArrayItemKey(PhpQueryString query, string key)
    {
        string name = NameOf(key);
        if (name.Length == key.Length)
        {
            return key;
        }
        string inner = key[(name.Length + 1)..^1];
        long next = query._nextIndex.GetValueOrDefault(name);
        if (inner.Length == 0)
        {
            inner = next.ToString(CultureInfo.InvariantCulture);
            query._nextIndex[name] = next + 1;
        }
        else if (long.TryParse(inner, NumberStyles.None, CultureInfo.InvariantCulture, out long number) && number >= next)
        {
            query._nextIndex[name] = number + 1;
        }
        return name + "[" + inner + "]";
    }
}
