using System;
using System.Collections.Generic;
using System.Linq;

namespace WooPS.Core.Http
{
    /// <summary>Query strings as ordered name/value pairs, encoded with <see cref="Rfc3986"/>.</summary>
    internal static class QueryString
    {
        public static string Build(IEnumerable<KeyValuePair<string, string>> pairs) =>
            string.Join("&", pairs.Select(p => Rfc3986.Encode(p.Key) + "=" + Rfc3986.Encode(p.Value)));

        public static List<KeyValuePair<string, string>> Parse(string query)
        {
            var pairs = new List<KeyValuePair<string, string>>();
            foreach (string part in query.TrimStart('?').Split(new[] { '&' }, StringSplitOptions.RemoveEmptyEntries))
            {
                int equals = part.IndexOf('=');
                string name = equals < 0 ? part : part.Substring(0, equals);
                string value = equals < 0 ? string.Empty : part.Substring(equals + 1);
                pairs.Add(new KeyValuePair<string, string>(Decode(name), Decode(value)));
            }

            return pairs;
        }

        public static Uri WithQuery(Uri uri, IEnumerable<KeyValuePair<string, string>> pairs)
        {
            string query = Build(pairs);
            return new Uri(uri.GetLeftPart(UriPartial.Path) + (query.Length == 0 ? string.Empty : "?" + query));
        }

        // PHP decodes '+' as a space in query strings; the server signs what PHP decoded.
        private static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));
    }
}
