using System;
using System.Collections.Generic;
using System.Linq;

namespace WooPS.Core.Http
{
    /// <summary>A URL as it may appear in logs and messages: every credential and signature parameter removed.</summary>
    internal static class Redaction
    {
        public static string Url(Uri uri)
        {
            List<KeyValuePair<string, string>> kept = QueryString.Parse(uri.Query).Where(p => !IsCredential(p.Key)).ToList();
            return QueryString.WithQuery(uri, kept).AbsoluteUri;
        }

        private static bool IsCredential(string name) =>
            name == "consumer_key" || name == "consumer_secret" || name.StartsWith("oauth_", StringComparison.Ordinal);
    }
}
