using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace WooPS.FakeStore.Rest;

/// <summary>
/// Writes a REST response with the headers WordPress sends on every /wp-json answer. The
/// discovery Link header is replaced by a collection's paging Link; a logged-in request gets
/// WordPress's no-cache headers, an anonymous one "Vary: Origin" (as in every capture). The body
/// goes out as PHP's output on the host sends it (<see cref="PhpOutput"/>).
/// </summary>
internal static class RestResponseWriter
{
    /// <param name="restRoot">Where WordPress says its REST API is (<see cref="Auth.JudgedRequest.RestRoot"/>).</param>
    public static async Task WriteAsync(HttpContext context, string restRoot, RestResponse response, bool loggedIn, PhpOutput output)
    {
        HttpResponse http = context.Response;
        http.StatusCode = response.Status;
        http.ContentType = "application/json; charset=UTF-8";
        http.Headers["X-Robots-Tag"] = "noindex";
        if (!response.Headers.Any(header => header.Key == "Link"))
        {
            http.Headers["Link"] = $"<{restRoot}/>; rel=\"https://api.w.org/\"";
        }
        http.Headers["X-Content-Type-Options"] = "nosniff";
        http.Headers["Access-Control-Expose-Headers"] = "X-WP-Total, X-WP-TotalPages, Link";
        http.Headers["Access-Control-Allow-Headers"] = "Authorization, X-WP-Nonce, Content-Disposition, Content-MD5, Content-Type";
        foreach (KeyValuePair<string, string> header in response.Headers)
        {
            http.Headers[header.Key] = header.Value;
        }
        if (loggedIn)
        {
            http.Headers["Expires"] = "Wed, 11 Jan 1984 05:00:00 GMT";
            http.Headers["Cache-Control"] = "no-cache, must-revalidate, max-age=0, no-store, private";
        }
        else
        {
            http.Headers["Vary"] = "Origin";
        }
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            // Started first, as HttpResponse.WriteAsync does, so the OnStarting callbacks (the Date
            // header) run before any body byte is buffered; then one flush for the whole body.
            await http.StartAsync(context.RequestAborted);
            output.Write(response.Body, http.BodyWriter);
            await http.BodyWriter.FlushAsync(context.RequestAborted);
        }
    }
}
