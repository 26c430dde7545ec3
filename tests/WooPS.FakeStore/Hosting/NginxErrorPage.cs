using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace WooPS.FakeStore.Hosting;

/// <summary>
/// An answer nginx 1.22 makes itself, before or instead of PHP's: its small HTML page for the status
/// ("&lt;center&gt;&lt;h1&gt;503 Service Temporarily Unavailable&lt;/h1&gt;&lt;/center&gt;", CRLF line ends), as text/html
/// with a Content-Length; a HEAD gets the headers only.
/// </summary>
internal static class NginxErrorPage
{
    /// <param name="reason">nginx's reason phrase for the status, e.g. "Gateway Time-out".</param>
    public static Task WriteAsync(HttpContext context, int status, string reason)
    {
        string body =
            $"<html>\r\n<head><title>{status} {reason}</title></head>\r\n<body>\r\n"
            + $"<center><h1>{status} {reason}</h1></center>\r\n<hr><center>nginx/1.22.1</center>\r\n</body>\r\n</html>\r\n";
        HttpResponse response = context.Response;
        response.StatusCode = status;
        response.ContentType = "text/html";
        response.ContentLength = body.Length;
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : response.WriteAsync(body, context.RequestAborted);
    }
}
