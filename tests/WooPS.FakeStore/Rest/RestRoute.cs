using System;
using System.Linq;
using System.Text.RegularExpressions;
using WooPS.FakeStore.Rest.Endpoints;

namespace WooPS.FakeStore.Rest;

/// <summary>
/// One route: its pattern (with optional numeric "id" and "parent_id" groups (the attribute of a term, the product of a variation)), the Allow header the real route
/// sends, the methods this fake serves on it (a subset: it writes only through batch), and its endpoint.
/// </summary>
internal sealed class RestRoute(string pattern, string allow, string serves, IRestEndpoint endpoint)
{
    private readonly Regex _pattern = new("^" + pattern + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    private readonly string[] _served = serves.Split(", ");

    public string Allow { get; } = allow;

    public IRestEndpoint Endpoint { get; } = endpoint;

    public bool Matches(string route, string method, out long id, out long parentId)
    {
        Match match = _pattern.Match(route);
        id = Number(match, "id");
        parentId = Number(match, "parent_id");
        return match.Success && Serves(method);
    }

    private static long Number(Match match, string group) =>
        match.Groups[group].Success && long.TryParse(match.Groups[group].Value, out long value) ? value : 0;

    /// <summary>WordPress answers HEAD wherever it answers GET.</summary>
    private bool Serves(string method) =>
        _served.Contains(method, StringComparer.Ordinal) || (method == "HEAD" && _served.Contains("GET"));
}
