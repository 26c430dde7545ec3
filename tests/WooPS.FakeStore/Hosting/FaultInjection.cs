using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace WooPS.FakeStore.Hosting;

/// <summary>
/// Middleware for the faults, in front of WordPress as nginx is. First the scripted ones
/// (<see cref="FakeStoreModes.FaultScript"/>, <see cref="ScriptedFaultInjection"/>), for requests to
/// /wp-json/… and /?rest_route=…; then <see cref="FakeStoreModes.Faults"/>: a request to /wp-json/… the
/// ledger picks fails (503 page, or the connection aborted, before anything is done; or, for a write,
/// 504 page after WordPress carried it out and its answer was thrown away). Every write WordPress
/// carries out (answers 2xx) is counted per address, faulted or not.
/// </summary>
internal sealed class FaultInjection(FakeStoreModes modes, FaultLedger ledger, CancellationToken storeStopping)
{
    // nginx's "close the connection without answering", as its log would show it.
    private const int NoResponse = 444;

    public async Task InvokeAsync(HttpContext context, Func<Task> next)
    {
        HttpRequest request = context.Request;
        bool isWrite = HttpMethods.IsPost(request.Method) || HttpMethods.IsPut(request.Method)
            || HttpMethods.IsPatch(request.Method) || HttpMethods.IsDelete(request.Method);
        FaultScript script = modes.CurrentFaultScript;
        if (ScriptedFaultInjection.RestRoute(request) is string route && script.Pick(request.Method, route) is var (index, rule))
        {
            await new ScriptedFaultInjection(this, script, storeStopping).ApplyAsync(context, next, index, rule, isWrite);
            return;
        }
        if (!request.Path.StartsWithSegments("/wp-json", StringComparison.OrdinalIgnoreCase))
        {
            await next();
            return;
        }
        RandomFaults faults = modes.Faults;
        FaultKind? fault = faults.Fraction > 0 ? ledger.Decide(faults, await RequestFingerprint.OfAsync(context), isWrite) : null;
        switch (fault)
        {
            case FaultKind.Unavailable:
                await NginxErrorPage.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, "Service Temporarily Unavailable");
                return;
            case FaultKind.ConnectionAborted:
                context.Response.StatusCode = NoResponse;
                context.Abort();
                return;
            case FaultKind.GatewayTimeoutAfterWrite:
                CountIfApplied(context, isWrite, await UnheardAnswer.IntoAsync(context, next, Stream.Null));
                context.Response.Clear();
                await NginxErrorPage.WriteAsync(context, StatusCodes.Status504GatewayTimeout, "Gateway Time-out");
                return;
            default:
                await next();
                CountIfApplied(context, isWrite, context.Response.StatusCode);
                return;
        }
    }

    /// <summary>Counts a write WordPress carried out (answered 2xx), per "METHOD /path" as sent.</summary>
    public void CountIfApplied(HttpContext context, bool isWrite, int status)
    {
        if (isWrite && status is >= 200 and < 300)
        {
            ledger.CountAppliedWrite(context.Request.Method.ToUpperInvariant() + " " + RequestTarget.Raw(context).Split('?')[0]);
        }
    }
}
