using System;
using System.IO;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace WooPS.FakeStore.Hosting;

/// <summary>
/// Middleware for <see cref="FakeStoreModes.Faults"/>, in front of WordPress as nginx is: a request to
/// /wp-json/… the ledger picks fails (503 page, or the connection aborted, before anything is done;
/// or, for a write, 504 page after WordPress carried it out and its answer was thrown away). Every
/// write WordPress carries out (answers 2xx) is counted per address, faulted or not.
/// </summary>
internal sealed class FaultInjection(FakeStoreModes modes, FaultLedger ledger)
{
    // nginx's "close the connection without answering", as its log would show it.
    private const int NoResponse = 444;

    public async Task InvokeAsync(HttpContext context, Func<Task> next)
    {
        HttpRequest request = context.Request;
        if (!request.Path.StartsWithSegments("/wp-json", StringComparison.OrdinalIgnoreCase))
        {
            await next();
            return;
        }
        RandomFaults faults = modes.Faults;
        bool isWrite = HttpMethods.IsPost(request.Method) || HttpMethods.IsPut(request.Method)
            || HttpMethods.IsPatch(request.Method) || HttpMethods.IsDelete(request.Method);
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
                CountIfApplied(context, isWrite, await AnswerUnheardAsync(context, next));
                context.Response.Clear();
                await NginxErrorPage.WriteAsync(context, StatusCodes.Status504GatewayTimeout, "Gateway Time-out");
                return;
            default:
                await next();
                CountIfApplied(context, isWrite, context.Response.StatusCode);
                return;
        }
    }

    /// <summary>Lets WordPress answer into nothing (the status and headers it set stay, unsent); returns its status.</summary>
    private static async Task<int> AnswerUnheardAsync(HttpContext context, Func<Task> next)
    {
        IHttpResponseBodyFeature body = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        var nowhere = new StreamResponseBodyFeature(Stream.Null);
        context.Features.Set<IHttpResponseBodyFeature>(nowhere);
        try
        {
            await next();
            await nowhere.CompleteAsync();
        }
        finally
        {
            context.Features.Set(body);
        }
        return context.Response.StatusCode;
    }

    private void CountIfApplied(HttpContext context, bool isWrite, int status)
    {
        if (isWrite && status is >= 200 and < 300)
        {
            ledger.CountAppliedWrite(context.Request.Method.ToUpperInvariant() + " " + RequestTarget.Raw(context).Split('?')[0]);
        }
    }
}
