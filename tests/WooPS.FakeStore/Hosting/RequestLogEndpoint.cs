using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace WooPS.FakeStore.Hosting;

/// <summary>
/// GET /__fakestore/requests: what the store has seen, for test harnesses in another process (Pester), as
/// xunit reads FakeStore.Requests: "requests" answered, in order of completion, "statuses", the status of each
/// of them, and "arrived", also those still being answered (a slow store's). Method and path only: query strings
/// may carry credentials. The address is no WordPress address, and asking it is not itself recorded.
/// </summary>
internal static class RequestLogEndpoint
{
    public const string Path = "/__fakestore/requests";

    public static Task WriteAsync(HttpContext context, RequestLog log)
    {
        var answered = log.Snapshot();
        string[] seen = answered.Select(r => r.Method + " " + r.PathAndQuery.Split('?')[0]).ToArray();
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new { count = seen.Length, requests = seen, statuses = answered.Select(r => r.Status), arrived = log.Arrived() }));
    }
}
