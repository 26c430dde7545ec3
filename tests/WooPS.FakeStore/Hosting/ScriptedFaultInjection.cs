using System;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace WooPS.FakeStore.Hosting;

/// <summary>
/// What a <see cref="FaultRule"/> does to a request it hit (<see cref="ScriptedFaultAction"/>): answers
/// made before WordPress is asked (403 JSON, 503 or 429 pages, a hold), or WordPress's answer taken in
/// and then thrown away (504 page), cut in half, held back a while or until the client leaves. Writes
/// WordPress carried out are counted as <see cref="FaultInjection"/> counts them. A hold ends when the
/// client disconnects or the store stops; the connection is then closed unanswered.
/// </summary>
internal sealed class ScriptedFaultInjection(FaultInjection faults, FaultScript script, CancellationToken storeStopping)
{
    // nginx's "close the connection without answering", as its log would show it.
    private const int NoResponse = 444;

    private const string Forbidden = "{\"code\":\"rest_forbidden\",\"message\":\"Sorry, you are not allowed to do that.\",\"data\":{\"status\":403}}";

    /// <summary>
    /// The REST route a request asks for, as WordPress reads it and <see cref="FaultRule.Route"/> is matched
    /// against: the path after /wp-json, or the rest_route parameter of the home page; no trailing slash
    /// ("/" for the index). Null for a request that is not to the REST API.
    /// </summary>
    public static string? RestRoute(HttpRequest request)
    {
        string path = request.Path.Value ?? "";
        string? route = path.Equals("/wp-json", StringComparison.OrdinalIgnoreCase) || path.StartsWith("/wp-json/", StringComparison.OrdinalIgnoreCase)
            ? path["/wp-json".Length..]
            : path == "/" && request.Query["rest_route"].ToString() is { Length: > 0 } restRoute ? restRoute : null;
        return route is null ? null : route.Length <= 1 ? "/" : route.TrimEnd('/');
    }

    public async Task ApplyAsync(HttpContext context, Func<Task> wordPress, int index, FaultRule rule, bool isWrite)
    {
        switch (rule.Action)
        {
            case ScriptedFaultAction.Forbidden:
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                context.Response.ContentType = "application/json; charset=UTF-8";
                await context.Response.WriteAsync(Forbidden, context.RequestAborted);
                return;
            case ScriptedFaultAction.Unavailable:
                await NginxErrorPage.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, "Service Temporarily Unavailable");
                return;
            case ScriptedFaultAction.Throttle:
                context.Response.Headers.RetryAfter = rule.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
                await NginxErrorPage.WriteAsync(context, StatusCodes.Status429TooManyRequests, "Too Many Requests");
                return;
            case ScriptedFaultAction.HoldBefore:
                using (script.Hold(index))
                {
                    await UntilClientLeavesOrStoreStopsAsync(context, Timeout.InfiniteTimeSpan);
                }
                Close(context);
                return;
            case ScriptedFaultAction.GatewayTimeoutAfter:
                faults.CountIfApplied(context, isWrite, await UnheardAnswer.IntoAsync(context, wordPress, Stream.Null));
                context.Response.Clear();
                await NginxErrorPage.WriteAsync(context, StatusCodes.Status504GatewayTimeout, "Gateway Time-out");
                return;
        }

        // The other actions send WordPress's own answer, or part of it, later.
        using var answer = new MemoryStream();
        faults.CountIfApplied(context, isWrite, await UnheardAnswer.IntoAsync(context, wordPress, answer));
        byte[] body = answer.ToArray();
        switch (rule.Action)
        {
            case ScriptedFaultAction.CutShortAfter:
                // Chunked, so the HTTP ends cleanly after half of the JSON.
                context.Response.ContentLength = null;
                await context.Response.Body.WriteAsync(body.AsMemory(0, body.Length / 2), context.RequestAborted);
                return;
            case ScriptedFaultAction.SlowAfter:
                bool waited;
                using (script.Hold(index))
                {
                    waited = await UntilClientLeavesOrStoreStopsAsync(context, TimeSpan.FromMilliseconds(rule.DelayMs));
                }
                if (!waited)
                {
                    Close(context);
                    return;
                }
                await context.Response.Body.WriteAsync(body, context.RequestAborted);
                return;
            default:
                using (script.Hold(index))
                {
                    await UntilClientLeavesOrStoreStopsAsync(context, Timeout.InfiniteTimeSpan);
                }
                Close(context);
                return;
        }
    }

    /// <summary>Waits the time given (infinite: until something ends it); false when the client left or the store stops first.</summary>
    private async Task<bool> UntilClientLeavesOrStoreStopsAsync(HttpContext context, TimeSpan time)
    {
        using var ended = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, storeStopping);
        try
        {
            await Task.Delay(time, ended.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>Closes the connection without (the rest of) an answer.</summary>
    private static void Close(HttpContext context)
    {
        if (!context.Response.HasStarted)
        {
            context.Response.StatusCode = NoResponse;
        }
        context.Abort();
    }
}
