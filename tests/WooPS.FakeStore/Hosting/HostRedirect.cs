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
    public Task InvokeAsync(HttpContext context, Func<Task> next)
    {
        string? target = modes.RedirectTo?.GetLeftPart(UriPartial.Authority);
        if (target is null || IsAlreadyAt(context.Request, target))
        {
            return next();
        }
        context.Response.Headers.Location = target + RequestTarget.Raw(context);
        return NginxErrorPage.WriteAsync(context, StatusCodes.Status301MovedPermanently, "Moved Permanently");
    }

    private static bool IsAlreadyAt(HttpRequest request, string target) =>
        Uri.TryCreate($"{request.Scheme}://{request.Host.Value}", UriKind.Absolute, out Uri? requested)
        && string.Equals(requested.GetLeftPart(UriPartial.Authority), target, StringComparison.OrdinalIgnoreCase);
}
