using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using WooPS.FakeStore.Rest.Endpoints;

namespace WooPS.FakeStore.Rest;

/// <summary>
/// One route as register_rest_route declares it: its pattern in WordPress's own form (what the
/// discovery documents list, e.g. "/wc/v3/products/(?P&lt;id&gt;[\d]+)"), the methods the real route
/// allows (its Allow header), and the handlers this fake has for some of them. A method the real
/// route allows but no handler serves is answered like one the route does not know.
/// </summary>
internal sealed class RestRoute
{
    private readonly Regex _pattern;
    private readonly RestHandler[] _handlers;

    public RestRoute(string pattern, string allow, params RestHandler[] handlers)
    {
        Pattern = pattern;
        Allow = allow;
        _handlers = handlers;
        // WP_REST_Server matches '@^' . $route . '$@i'; .NET spells a named group (?<name>), and PCRE's
        // \d (no /u) is ASCII only.
        _pattern = new Regex("^" + pattern.Replace("(?P<", "(?<", StringComparison.Ordinal).Replace(@"\d", "0-9", StringComparison.Ordinal) + "$",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    public string Pattern { get; }

    public string Allow { get; }

    public IReadOnlyList<string> Methods => Allow.Split(", ");

    /// <summary>The namespace the route is registered under; the site index ("/") has none.</summary>
    public string Namespace => Pattern == "/" ? "" : string.Join('/', Pattern.Split('/')[1..3]);

    /// <summary>WordPress links a route to itself only when it has no placeholders.</summary>
    public bool IsLinked => !Pattern.Contains("(?P<", StringComparison.Ordinal);

    /// <summary>
    /// The endpoint serving this route and method, with the route's "id" and its parent's id
    /// ("product_id" of a variation, "attribute_id" of a term, "order_id" of a note or refund), 0 when the route has none.
    /// </summary>
    public (IRestEndpoint Endpoint, long Id, long ParentId)? Match(string route, string method)
    {
        Match match = _pattern.Match(route);
        // WordPress answers HEAD wherever it answers GET.
        string served = method == "HEAD" ? "GET" : method;
        RestHandler? handler = match.Success ? Array.Find(_handlers, candidate => candidate.Serves(served)) : null;
        return handler is null
            ? null
            : (handler.Endpoint, Number(match, "id"), Math.Max(Number(match, "product_id"), Math.Max(Number(match, "attribute_id"), Number(match, "order_id"))));
    }

    private static long Number(Match match, string group) =>
        match.Groups[group].Success && long.TryParse(match.Groups[group].Value, out long value) ? value : 0;
}
