using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using WooPS.Core.Http;

namespace WooPS.Core.Auth
{
    /// <summary>
    /// OAuth 1.0a one-legged signing, built the way WooCommerce's WC_REST_Authentication checks it:
    /// parameters sorted by name, each name and value rawurlencoded, each <c>name=value</c> pair encoded a
    /// second time, pairs joined with <c>%26</c>; signing key <c>secret&amp;</c>; the body is never signed.
    /// WooCommerce signs what PHP decoded: <c>include[0]=10&amp;include[1]=11</c> is one array, sorted by its name
    /// (uksort of $_GET) and signed item by item in its own order as <c>include%5B0%5D=10</c> (capture 62d), so
    /// pairs are sorted by the name before any <c>[</c>, keeping their order within it: <c>include[10]</c> stays
    /// after <c>include[9]</c>.
    /// </summary>
    internal static class OAuthSigner
    {
        public const string Sha256 = "HMAC-SHA256";
        public const string Sha1 = "HMAC-SHA1";

        /// <param name="method">HTTP method.</param>
        /// <param name="baseUri">Scheme, host, port and path the store believes it serves; any query is ignored.</param>
        /// <param name="parameters">Every query and oauth_* parameter, decoded, without oauth_signature.</param>
        public static string StringToSign(string method, Uri baseUri, IEnumerable<KeyValuePair<string, string>> parameters)
        {
            IEnumerable<string> pairs = parameters
                .OrderBy(p => PhpName(p.Key), StringComparer.Ordinal)
                .Select(p => Rfc3986.Encode(Rfc3986.Encode(p.Key) + "=" + Rfc3986.Encode(p.Value)));
            return method.ToUpperInvariant() + "&" + Rfc3986.Encode(baseUri.GetLeftPart(UriPartial.Path)) + "&" + string.Join("%26", pairs);
        }

        /// <summary>The name PHP files a query parameter under: <c>include</c> for <c>include[0]</c>.</summary>
        public static string PhpName(string key)
        {
            int bracket = key.IndexOf('[');
            return bracket > 0 && key.IndexOf(']', bracket) > bracket ? key.Substring(0, bracket) : key;
        }

        public static string Sign(string stringToSign, string consumerSecret, string signatureMethod)
        {
            byte[] key = Encoding.UTF8.GetBytes(consumerSecret + "&");
            using HMAC hmac = signatureMethod == Sha1 ? new HMACSHA1(key) : new HMACSHA256(key);
            return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(stringToSign)));
        }

        public static string NewNonce()
        {
            var bytes = new byte[16];
            using (var random = RandomNumberGenerator.Create())
            {
                random.GetBytes(bytes);
            }

            return string.Concat(bytes.Select(b => b.ToString("x2")));
        }
    }
}
