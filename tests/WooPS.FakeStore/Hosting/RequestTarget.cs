using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace WooPS.FakeStore.Hosting;

internal static class RequestTarget
{
    /// <summary>The request target exactly as sent: path and query, still percent-encoded.</summary>
    public static string Raw(HttpContext context) =>
        context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path + context.Request.QueryString;
}
