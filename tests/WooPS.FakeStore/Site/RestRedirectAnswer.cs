using System;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using WooPS.FakeStore.Auth;
using WooPS.FakeStore.Hosting;
using WooPS.FakeStore.Php;

namespace WooPS.FakeStore.Site;

/// <summary>
/// A misconfigured site's 301 for requests to /wp-json/wc/… (<see cref="FakeStoreModes.RestRedirect"/>),
/// sent as wp_redirect sends it: an absolute Location at the address WordPress believes it serves,
/// "X-Redirect-By: WordPress" and no body.
/// </summary>
internal static class RestRedirectAnswer
{
    private const string WooPrefix = "/wp-json/wc/";

    /// <summary>Where the request is sent, or null when it is served.</summary>
    public static string? Location(RestRedirect redirect, HttpContext context, JudgedRequest judged)
    {
        string path = context.Request.Path.Value ?? "";
        if (redirect == RestRedirect.None || !path.StartsWith(WooPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        string target = RequestTarget.Raw(context);
        int queryStart = target.IndexOf('?', StringComparison.Ordinal);
        string query = queryStart < 0 ? "" : target[(queryStart + 1)..];
        return redirect switch
        {
            RestRedirect.TrailingSlash when !judged.RawPath.EndsWith('/') =>
                judged.Origin + judged.RawPath + "/" + (queryStart < 0 ? "" : "?" + query),
            RestRedirect.RestRoute =>
                judged.Origin + "/?rest_route=" + judged.RawPath["/wp-json".Length..] + (query.Length == 0 ? "" : "&" + query),
            RestRedirect.Login => judged.Origin + "/wp-login.php?redirect_to=" + PhpUrlEncoding.UrlEncode(target),
            _ => null,
        };
    }

    public static Task WriteAsync(HttpContext context, string location)
    {
        HttpResponse response = context.Response;
        response.StatusCode = StatusCodes.Status301MovedPermanently;
        response.ContentType = "text/html; charset=UTF-8";
        response.Headers["X-Redirect-By"] = "WordPress";
        response.Headers.Location = location;
        return Task.CompletedTask;
    }
}
