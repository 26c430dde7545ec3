using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace WooPS.FakeStore.Rest;

/// <summary>What the site answers outside /wp-json: the theme's HTML "not found" page.</summary>
internal static class NotFoundPage
{
    private const string Html =
        "<!DOCTYPE html>\n<html lang=\"en-US\">\n<head>\n<meta charset=\"UTF-8\" />\n"
        + "<title>Page not found &#8211; WooPS Fake Store</title>\n</head>\n"
        + "<body class=\"error404\">\n<main>\n<h1>Page not found</h1>\n"
        + "<p>It looks like nothing was found at this location.</p>\n</main>\n</body>\n</html>\n";

    public static Task WriteAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        context.Response.ContentType = "text/html; charset=UTF-8";
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : context.Response.WriteAsync(Html, context.RequestAborted);
    }
}
