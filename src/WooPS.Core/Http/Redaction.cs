using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace WooPS.Core.Http
{
    /// <summary>A URL as it may appear in logs and messages: every credential and signature parameter removed.</summary>
    internal static class Redaction
    {
        // Absolute addresses inside a text (a Link header's <…>, a Location): up to what cannot be part of one there.
        private static readonly Regex Addresses = new Regex(@"https?://[^\s<>""']+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        public static string Url(Uri uri)
        {
            List<KeyValuePair<string, string>> kept = QueryString.Parse(uri.Query).Where(p => !IsCredential(p.Key)).ToList();
            return QueryString.WithQuery(uri, kept).AbsoluteUri;
        }

        /// <summary>
        /// A text from the store (a header's value) with every address in it redacted as <see cref="Url"/> does: over
        /// query-string auth WooCommerce's Link header repeats consumer_secret, over OAuth the signature (captures 17, 43).
        /// </summary>
        public static string Text(string text) =>
            text.IndexOf("://", StringComparison.Ordinal) < 0
                ? text
                : Addresses.Replace(text, match => Uri.TryCreate(match.Value, UriKind.Absolute, out Uri? uri) && HasCredential(uri) ? Url(uri) : match.Value);

        /// <summary>A query parameter that carries a credential or a signature: consumer_key, consumer_secret, oauth_*.</summary>
        public static bool IsCredential(string name) =>
            name == "consumer_key" || name == "consumer_secret" || name.StartsWith("oauth_", StringComparison.Ordinal);

        private static bool HasCredential(Uri uri) => QueryString.Parse(uri.Query).Any(p => IsCredential(p.Key));
    }
}
