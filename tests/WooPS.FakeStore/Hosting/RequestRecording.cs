using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace WooPS.FakeStore.Hosting;

/// <summary>
/// Middleware that records each request as it arrived — raw target, every header, body — with
/// the status finally answered, so tests can check what crossed the wire, failures included.
/// </summary>
internal sealed class RequestRecording(RequestLog log)
{
    public async Task InvokeAsync(HttpContext context, Func<Task> next)
    {
        HttpRequest request = context.Request;
        log.Arrive(request.Method + " " + request.Path.Value);
        request.EnableBuffering();
        string body = await new StreamReader(request.Body, leaveOpen: true).ReadToEndAsync(context.RequestAborted);
        request.Body.Position = 0;
        try
        {
            await next();
        }
        finally
        {
            log.Add(new RecordedRequest(
                request.Method,
                request.Scheme,
                request.Host.Value ?? "",
                RequestTarget.Raw(context),
                request.Headers.ToDictionary(header => header.Key, header => header.Value.ToString(), StringComparer.OrdinalIgnoreCase),
                body,
                context.Response.StatusCode));
        }
    }
}
