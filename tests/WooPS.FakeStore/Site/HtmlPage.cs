using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace WooPS.FakeStore.Site;

/// <summary>Writes an HTML answer (a page, not the REST API) with its status and headers; HEAD gets no body.</summary>
internal static class HtmlPage
{
    /// <summary>WordPress's nocache_headers(), sent by 404 pages, wp-login.php and security plugins alike.</summary>
    public static readonly KeyValuePair<string, string>[] NoCacheHeaders =
    [
        new("Expires", "Wed, 11 Jan 1984 05:00:00 GMT"),
        new("Cache-Control", "no-cache, must-revalidate, max-age=0, no-store, private"),
    ];

    public static Task WriteAsync(HttpContext context, int status, string html, IEnumerable<KeyValuePair<string, string>> headers)
    {
        HttpResponse response = context.Response;
        response.StatusCode = status;
        response.ContentType = "text/html; charset=UTF-8";
        foreach (KeyValuePair<string, string> header in headers)
        {
            response.Headers.Append(header.Key, header.Value);
        }
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : response.WriteAsync(html, context.RequestAborted);
    }
}
