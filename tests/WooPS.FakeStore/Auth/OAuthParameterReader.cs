using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using WooPS.FakeStore.Php;
using WooPS.FakeStore.Rest;

namespace WooPS.FakeStore.Auth;

/// <summary>
/// WooCommerce's get_oauth_parameters and parse_header: $_GET merged with the parameters of an
/// "Authorization: OAuth …" header (the header wins), then the five required ones checked.
/// </summary>
internal static partial class OAuthParameterReader
{
    private static readonly string[] RequiredNames =
        ["oauth_consumer_key", "oauth_timestamp", "oauth_nonce", "oauth_signature", "oauth_signature_method"];

    /// <summary>
    /// Null when the request does not even try OAuth (none of the five present); otherwise the
    /// parameters, or the missing-parameter error when some are present and others are not.
    /// </summary>
    public static (Dictionary<string, string>? Parameters, WooError? Error) Read(JudgedRequest request)
    {
        var parameters = request.Query.Pairs.ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
        foreach (KeyValuePair<string, string> headerParameter in ParseHeader(request.Authorization))
        {
            parameters[headerParameter.Key] = headerParameter.Value;
        }

        string[] missing = RequiredNames.Where(name => IsEmpty(parameters, name)).ToArray();
        if (missing.Length == RequiredNames.Length)
        {
            return (null, null);
        }
        if (missing.Length > 0)
        {
            string noun = missing.Length == 1 ? "parameter" : "parameters";
            return (null, WooErrors.Authentication("woocommerce_rest_authentication_missing_parameter",
                $"Missing OAuth {noun} {string.Join(", ", missing)}"));
        }
        return (parameters, null);
    }

    private static bool IsEmpty(Dictionary<string, string> parameters, string name) =>
        !parameters.TryGetValue(name, out string? value) || value is "" or "0";

    private static IEnumerable<KeyValuePair<string, string>> ParseHeader(string? authorization)
    {
        // Case-sensitive prefix, as in WooCommerce.
        if (authorization is null || !authorization.Trim().StartsWith("OAuth ", StringComparison.Ordinal))
        {
            yield break;
        }
        foreach (Match match in HeaderParameter().Matches(authorization))
        {
            string quoted = match.Groups[3].Value;
            string value = quoted.Length > 0 ? quoted : match.Groups[4].Value;
            yield return new KeyValuePair<string, string>(match.Groups[1].Value, PhpUrlEncoding.UrlDecode(value));
        }
    }

    // The regular expression WooCommerce took from the OAuth PHP library, quirks included.
    [GeneratedRegex("(oauth_[a-z_-]*)=(:?\"([^\"]*)\"|([^,]*))")]
    private static partial Regex HeaderParameter();
}
