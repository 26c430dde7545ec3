using System;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using WooPS.FakeStore.Auth;
using WooPS.FakeStore.Rest;

namespace WooPS.FakeStore.Site;

/// <summary>
/// WordPress's front controller and the plugins in front of its REST API. The REST API has two
/// addresses: /wp-json/… (gone under plain permalinks: no rewrite rule) and /?rest_route=…
/// (rest_api_loaded reads the query variable whatever the permalinks); a misconfigured site may
/// redirect the first (<see cref="RestRedirectAnswer"/>). / is the home page, /wp-login.php the
/// login form, anything else the theme's 404 page.
/// </summary>
internal sealed class WordPressSite(FakeStoreModes modes, RestApi api, TimeProvider clock)
{
    private const string RestPrefix = "/wp-json";

    public Task HandleAsync(HttpContext context)
    {
        JudgedRequest judged = JudgedRequest.From(context, modes);
        string path = context.Request.Path.Value ?? "";
        if (RestRedirectAnswer.Location(modes.RestRedirect, context, judged) is string location)
        {
            return RestRedirectAnswer.WriteAsync(context, location);
        }
        if (path.Equals(RestPrefix, StringComparison.OrdinalIgnoreCase) || path.StartsWith(RestPrefix + "/", StringComparison.OrdinalIgnoreCase))
        {
            string route = path[RestPrefix.Length..];
            return ThroughPluginsAsync(context, judged, () => modes.PlainPermalinks
                ? NotFoundPage.WriteAsync(context, judged)
                : api.HandleAsync(context, judged, route));
        }
        if (path.Equals("/wp-login.php", StringComparison.OrdinalIgnoreCase))
        {
            return LoginPage.WriteAsync(context, judged);
        }
        if (path != "/")
        {
            return NotFoundPage.WriteAsync(context, judged);
        }
        // PHP's empty(): "?rest_route=" and "?rest_route=0" are the home page.
        return judged.Query.IsEmpty("rest_route")
            ? HomePage.WriteAsync(context, judged)
            : ThroughPluginsAsync(context, judged, () => api.HandleAsync(context, judged, judged.Query["rest_route"]!));
    }

    /// <summary>
    /// A plugin that swallows the REST API answers before WordPress looks at the request, by
    /// either address: a security block or a login gate covers the whole site, and a page cache
    /// that ignores query strings serves /?rest_route= as the home page.
    /// </summary>
    private Task ThroughPluginsAsync(HttpContext context, JudgedRequest judged, Func<Task> wordPress) => modes.WpJsonAnswer switch
    {
        WpJsonAnswer.HtmlPage => HomePage.WriteAsync(context, judged),
        WpJsonAnswer.LoginPage => LoginPage.WriteAsync(context, judged),
        WpJsonAnswer.BlockPage => SecurityBlockPage.WriteAsync(context, clock.GetUtcNow()),
        _ => wordPress(),
    };
}
