using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using WooPS.Core.Auth;
using WooPS.Core.Http;
using WooPS.Core.Json;

namespace WooPS.Core.Requests
{
    /// <summary>
    /// Query parameters as WordPress reads them, written so that WooCommerce's OAuth check agrees with the signature.
    /// Each value is encoded once (RFC 3986, <see cref="Rfc3986"/>) when the address is built. A list becomes PHP's
    /// numbered keys, <c>include[0]=10&amp;include[1]=11</c>: PHP makes an array of them, and WooCommerce signs exactly
    /// those keys, where <c>include[]</c> signed as written is refused (captures 62c, 62d). Booleans go as true/false,
    /// numbers in the invariant culture, dates as ISO 8601 (<see cref="WooJsonWriter.DateText(string, DateTime)"/>), and
    /// $null is left out.
    /// </summary>
    internal static class QueryValues
    {
        /// <summary>The pairs of a query string written in a path, decoded as PHP decodes them ('+' is a space), lists numbered.</summary>
        public static List<KeyValuePair<string, string>> FromQueryString(string query)
        {
            var model = new PhpQuery();
            foreach (KeyValuePair<string, string> pair in QueryString.Parse(query))
            {
                if (pair.Key.Length > 0)
                {
                    model.Add(pair.Key, pair.Value);
                }
            }

            return model.Pairs();
        }

        /// <summary>Named values as query pairs: a list's items numbered, $null left out (also inside a list).</summary>
        /// <exception cref="WooApiException">A value that cannot be a query parameter (a hashtable, an object, a list of lists).</exception>
        public static List<KeyValuePair<string, string>> Encode(IEnumerable<KeyValuePair<string, object?>> values)
        {
            var model = new PhpQuery();
            foreach (KeyValuePair<string, object?> value in values)
            {
                string name = value.Key.Trim();
                if (name.Length == 0)
                {
                    throw Refused("A query parameter has no name.");
                }

                if (value.Value is null)
                {
                    continue;
                }

                // Written the PHP way by hand (include[] = 1, 2): the list is numbered like any other.
                string listName = name.EndsWith("[]", StringComparison.Ordinal) ? name.Substring(0, name.Length - 2) : name;
                if (IsList(value.Value, out IEnumerable? items))
                {
                    model.AddList(listName, items!.Cast<object?>().Where(item => item != null).Select(item => Text(name, item!, inList: true)).ToList());
                }
                else if (listName != name)
                {
                    model.AddList(listName, new List<string> { Text(name, value.Value, inList: true) });
                }
                else
                {
                    model.Add(name, Text(name, value.Value, inList: false));
                }
            }

            return model.Pairs();
        }

        /// <summary>One value as query text.</summary>
        private static string Text(string name, object value, bool inList)
        {
            switch (value)
            {
                case string text:
                    return text;
                case char character:
                    return character.ToString();
                case bool flag:
                    return flag ? "true" : "false";
                case DateTime date:
                    return WooJsonWriter.DateText(name, date);
                case DateTimeOffset moment:
                    return WooJsonWriter.DateText(name, moment);
                case double real:
                    return Real(name, real);
                case float single:
                    return Real(name, single);
                case Enum choice:
                    return choice.ToString();
                case IEnumerable<KeyValuePair<string, object?>> _:
                case IDictionary _:
                    throw Refused($"The query parameter '{name}' holds a dictionary or an object; a query takes text, numbers, booleans, dates and lists of them. Send structured data in the body.");
                case IEnumerable _ when inList:
                    throw Refused($"The query parameter '{name}' holds a list inside a list; a query takes one level of list (name[0]=…&name[1]=…).");
                case IFormattable formattable:
                    return formattable.ToString(null, CultureInfo.InvariantCulture);
                default:
                    return Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
            }
        }

        private static string Real(string name, double real)
        {
            if (double.IsNaN(real) || double.IsInfinity(real))
            {
                throw Refused($"The query parameter '{name}' holds {real.ToString(CultureInfo.InvariantCulture)}, which is not a number WordPress can read.");
            }

            return real.ToString("R", CultureInfo.InvariantCulture);
        }

        private static bool IsList(object value, out IEnumerable? items)
        {
            items = value is IEnumerable list && !(value is string) && !(value is IDictionary) && !(value is IEnumerable<KeyValuePair<string, object?>>) ? list : null;
            return items != null;
        }

        private static WooApiException Refused(string message) => new WooApiException(WooErrorCodes.WrongInput, message);

        /// <summary>
        /// The names PHP files parameters under and what it keeps of them ($_GET): a name given twice keeps its first
        /// place and its last value; <c>name[]</c> takes the next free number of that list, <c>name[key]</c> that key.
        /// </summary>
        private sealed class PhpQuery
        {
            private readonly List<Entry> _entries = new List<Entry>();

            public void Add(string key, string value)
            {
                string name = OAuthSigner.PhpName(key);
                if (name.Length == key.Length || !key.EndsWith("]", StringComparison.Ordinal))
                {
                    Find(key, list: false).Value = value;
                    return;
                }

                // name[] or name[key] (name[a][b] keeps "a][b" as its key, written back as it came).
                string inner = key.Substring(name.Length + 1, key.Length - name.Length - 2);
                Find(name, list: true).Set(inner.Length == 0 ? null : inner, value);
            }

            public void AddList(string name, IReadOnlyList<string> items)
            {
                Entry list = Find(name, list: true);
                foreach (string item in items)
                {
                    list.Set(null, item);
                }
            }

            public List<KeyValuePair<string, string>> Pairs() => _entries.SelectMany(entry => entry.Pairs()).ToList();

            private Entry Find(string name, bool list)
            {
                Entry? found = _entries.FirstOrDefault(entry => entry.Name == name);
                if (found == null)
                {
                    found = new Entry(name, list);
                    _entries.Add(found);
                }
                else if (found.IsList != list)
                {
                    throw Refused($"The query names '{name}' both alone and as a list ({name}[…]): give it one way.");
                }

                return found;
            }

            private sealed class Entry
            {
                private readonly List<KeyValuePair<string, string>> _items = new List<KeyValuePair<string, string>>();
                private long _next;

                public Entry(string name, bool isList)
                {
                    Name = name;
                    IsList = isList;
                }

                public string Name { get; }

                public bool IsList { get; }

                public string Value { get; set; } = string.Empty;

                /// <param name="key">The item's key; null for the next free number, as PHP numbers name[].</param>
                public void Set(string? key, string value)
                {
                    if (key == null)
                    {
                        key = (_next++).ToString(CultureInfo.InvariantCulture);
                    }
                    else if (long.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out long number) && number >= _next)
                    {
                        _next = number + 1;
                    }

                    int index = _items.FindIndex(item => item.Key == key);
                    var item = new KeyValuePair<string, string>(key, value);
                    if (index >= 0)
                    {
                        _items[index] = item;
                    }
                    else
                    {
                        _items.Add(item);
                    }
                }

                public IEnumerable<KeyValuePair<string, string>> Pairs() => IsList
                    ? _items.Select(item => new KeyValuePair<string, string>(Name + "[" + item.Key + "]", item.Value))
                    : new[] { new KeyValuePair<string, string>(Name, Value) };
            }
        }
    }
}
