using System;
using System.Globalization;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace WooPS.FakeStore.Hosting;

/// <summary>
/// Middleware giving every response the Date header a real host sends (every capture has one),
/// read from the store's clock so that a skewed store shows it.
/// </summary>
internal sealed class DateHeader(TimeProvider clock)
{
    public Task InvokeAsync(HttpContext context, Func<Task> next)
    {
        context.Response.OnStarting(() =>
        {
            // RFC 1123, e.g. "Fri, 27 Nov 2026 22:47:25 GMT".
            context.Response.Headers.Date = clock.GetUtcNow().ToString("R", CultureInfo.InvariantCulture);
            return Task.CompletedTask;
        });
        return next();
    }
}
