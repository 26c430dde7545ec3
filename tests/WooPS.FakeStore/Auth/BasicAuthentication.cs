using System;
using System.Text;

namespace WooPS.FakeStore.Auth;

/// <summary>
/// WooCommerce's perform_basic_authentication: only consulted over SSL; query-string
/// consumer_key/consumer_secret win over the HTTP Basic header.
/// </summary>
internal static class BasicAuthentication
{
    /// <summary>The key and secret offered, or null when the request offers none.</summary>
    public static (string Key, string Secret)? FindCredentials(JudgedRequest request)
    {
        if (!request.Query.IsEmpty("consumer_key") && !request.Query.IsEmpty("consumer_secret"))
        {
            return (request.Query["consumer_key"]!, request.Query["consumer_secret"]!);
        }
        return ParseBasicHeader(request.Authorization);
    }

    /// <summary>PHP_AUTH_USER / PHP_AUTH_PW: both must be non-empty.</summary>
    private static (string Key, string Secret)? ParseBasicHeader(string? authorization)
    {
        const string Scheme = "Basic ";
        if (authorization is null || !authorization.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(authorization[Scheme.Length..].Trim()));
        }
        catch (FormatException)
        {
            return null;
        }
        int colon = decoded.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == decoded.Length - 1)
        {
            return null;
        }
        return (decoded[..colon], decoded[(colon + 1)..]);
    }
}
