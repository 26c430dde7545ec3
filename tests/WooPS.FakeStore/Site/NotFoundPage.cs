using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using WooPS.FakeStore.Auth;

namespace WooPS.FakeStore.Site;

/// <summary>The theme's HTML "not found" page, with the no-cache headers WordPress's handle_404 sends.</summary>
internal static class NotFoundPage
{
    public static Task WriteAsync(HttpContext context, JudgedRequest judged) =>
        HtmlPage.WriteAsync(context, StatusCodes.Status404NotFound,
            ThemeLayout.Render(judged, $"Page not found &#8211; {ThemeLayout.SiteName}", "error404",
                "<h1>Page not found</h1>\n<p>It looks like nothing was found at this location.</p>\n"),
            [.. HtmlPage.NoCacheHeaders, ThemeLayout.RestLinkHeader(judged)]);
}
