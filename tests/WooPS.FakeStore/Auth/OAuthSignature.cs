using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using WooPS.FakeStore.Php;

namespace WooPS.FakeStore.Auth;

/// <summary>
/// WooCommerce's check_oauth_signature: the base string and the HMAC over it.
/// </summary>
internal static class OAuthSignature
{
    /// <summary>
    /// METHOD &amp; rawurlencode(base URI) &amp; the sorted parameters. Each "key=value" pair is
    /// rawurlencoded once as key and value, then again as a whole — WooCommerce's double encoding.
    /// uksort sorts $_GET's names; an array's items (<c>include[0]</c>, <c>include[1]</c>) stay in its own
    /// order under its name (capture 62d), so the sort is by the name PHP files a key under, and stable.
    /// </summary>
    public static string StringToSign(string method, string baseUri, IReadOnlyDictionary<string, string> parameters)
    {
        IEnumerable<string> pairs = parameters
            .Where(parameter => parameter.Key != "oauth_signature")
            .OrderBy(parameter => PhpQueryString.NameOf(parameter.Key), StringComparer.Ordinal)
            .Select(parameter => PhpUrlEncoding.RawUrlEncode(
                PhpUrlEncoding.RawUrlEncode(parameter.Key) + "=" + PhpUrlEncoding.RawUrlEncode(parameter.Value)));
        return method + "&" + PhpUrlEncoding.RawUrlEncode(baseUri) + "&" + string.Join("%26", pairs);
    }

    /// <summary>Base64 HMAC of the base string keyed with "secret&amp;", or null for an unsupported method.</summary>
    public static string? Compute(string signatureMethod, string consumerSecret, string stringToSign)
    {
        byte[] key = Encoding.UTF8.GetBytes(consumerSecret + "&");
        byte[] data = Encoding.UTF8.GetBytes(stringToSign);
        byte[]? hash = signatureMethod switch
        {
            "HMAC-SHA1" => HMACSHA1.HashData(key, data),
            "HMAC-SHA256" => HMACSHA256.HashData(key, data),
            _ => null,
        };
        return hash is null ? null : Convert.ToBase64String(hash);
    }
}
