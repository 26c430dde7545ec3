using System;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace WooPS.FakeStore.Hosting;

/// <summary>
/// Middleware for <see cref="FakeStoreModes.RedirectTo"/>: the web server, before WordPress,
/// answers every request with 301 to the same path and query at the target's scheme, host and
/// port, with nginx's small HTML body. Requests already at the target are served, as an
/// http→https or bare→www host serves them, so that following the redirect works.
/// </summary>
internal sealed class HostRedirect(FakeStoreModes modes)
{
    private const string Body =
        "<html>\r\n<head><title>301 Moved Permanently</title></head>\r\n<body>\r\n"
        + "<center><h1>301 Moved Permanently</h1></center>\r\n<hr><center>nginx/1.22.1</center>\r\n</body>\r\n</html>\r\n";

    public Task InvokeAsync(HttpContext context, Func<Task> next)
    {
        string? target = modes.RedirectTo?.GetLeftPart(UriPartial.Authority);
        if (target is null || IsAlreadyAt(context.Request, target))
        {
            return next();
        }
        HttpResponse response = context.Response;
        response.StatusCode = StatusCodes.Status301MovedPermanently;
        response.ContentType = "text/html";
        response.ContentLength = Body.Length;
        response.Headers.Location = target + RequestTarget.Raw(context);
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : response.WriteAsync(Body, context.RequestAborted);
    }

    private static bool IsAlreadyAt(HttpRequest request, string target) =>
        Uri.TryCreate($"{request.Scheme}://{request.Host.Value}", UriKind.Absolute, out Uri? requested)
        && string.Equals(requested.GetLeftPart(UriPartial.Authority), target, StringComparison.OrdinalIgnoreCase);
}
