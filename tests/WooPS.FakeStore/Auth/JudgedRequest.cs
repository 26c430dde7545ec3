using System;
using Microsoft.AspNetCore.Http;
using WooPS.FakeStore.Hosting;
using WooPS.FakeStore.Php;

namespace WooPS.FakeStore.Auth;

/// <summary>
/// A request as "WordPress" sees it: behind a TLS-terminating proxy an https request looks like
/// plain http, and a host that strips the Authorization header hides it from PHP.
/// </summary>
internal sealed class JudgedRequest
{
    private JudgedRequest(string method, bool isSsl, string host, string rawPath, PhpQueryString query, string? authorization,
        bool plainPermalinks)
    {
        Method = method;
        IsSsl = isSsl;
        Host = host;
        RawPath = rawPath;
        Query = query;
        Authorization = authorization;
        RestRoot = Origin + (plainPermalinks ? "/?rest_route=" : "/wp-json");
    }

    public string Method { get; }

    /// <summary>WordPress's is_ssl().</summary>
    public bool IsSsl { get; }

    /// <summary>The Host header as sent.</summary>
    public string Host { get; }

    /// <summary>The path exactly as sent, still percent-encoded (PHP's REQUEST_URI path).</summary>
    public string RawPath { get; }

    /// <summary>The query string decoded as PHP's $_GET.</summary>
    public PhpQueryString Query { get; }

    /// <summary>The Authorization header PHP gets to see, or null.</summary>
    public string? Authorization { get; }

    /// <summary>The address WordPress believes it serves, e.g. "http://127.0.0.1:8443".</summary>
    public string Origin => (IsSsl ? "https" : "http") + "://" + Host;

    /// <summary>
    /// WordPress's rest_url() without the route: a route appended to it is that route's address,
    /// e.g. "http://127.0.0.1:8080/wp-json" + "/wc/v3", or "…/?rest_route=" + "/wc/v3" under plain permalinks.
    /// </summary>
    public string RestRoot { get; }

    public static JudgedRequest From(HttpContext context, FakeStoreModes modes)
    {
        HttpRequest request = context.Request;
        string rawTarget = RequestTarget.Raw(context);
        int queryStart = rawTarget.IndexOf('?', StringComparison.Ordinal);
        string rawPath = queryStart < 0 ? rawTarget : rawTarget[..queryStart];
        string rawQuery = queryStart < 0 ? "" : rawTarget[(queryStart + 1)..];
        string? authorization = modes.StripAuthorization ? null : NullIfEmpty(request.Headers.Authorization.ToString());
        return new JudgedRequest(
            request.Method.ToUpperInvariant(),
            request.IsHttps && !modes.TlsTerminatingProxy,
            request.Host.Value ?? "",
            rawPath,
            PhpQueryString.Parse(rawQuery),
            authorization,
            modes.PlainPermalinks);
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
