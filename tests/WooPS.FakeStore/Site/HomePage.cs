using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using WooPS.FakeStore.Auth;

namespace WooPS.FakeStore.Site;

/// <summary>The site's front page: the theme's shop listing.</summary>
internal static class HomePage
{
    public static Task WriteAsync(HttpContext context, JudgedRequest judged) =>
        HtmlPage.WriteAsync(context, StatusCodes.Status200OK,
            ThemeLayout.Render(judged, ThemeLayout.SiteName, "home blog theme-storefront woocommerce-js",
                "<h1>Welcome to our shop</h1>\n<p>Browse our latest products.</p>\n"),
            [ThemeLayout.RestLinkHeader(judged)]);
}
