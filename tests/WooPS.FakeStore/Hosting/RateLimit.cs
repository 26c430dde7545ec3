using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace WooPS.FakeStore.Hosting;

/// <summary>
/// Middleware refusing, as a host's or security plugin's rate limit does, every request past
/// <c>requestsPerSecond</c> within the last second: 429 with a Retry-After of the whole seconds until a request
/// would be let through. Refused requests do not count.
/// </summary>
internal sealed class RateLimit(int requestsPerSecond)
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);
    private readonly Queue<TimeSpan> _admitted = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _lock = new();

    public Task InvokeAsync(HttpContext context, Func<Task> next)
    {
        TimeSpan? wait = Admit();
        if (wait is not TimeSpan retryAfter)
        {
            return next();
        }
        context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return NginxErrorPage.WriteAsync(context, 429, "Too Many Requests");
    }

    /// <returns>Null when the request may pass; else how long until one would.</returns>
    private TimeSpan? Admit()
    {
        lock (_lock)
        {
            TimeSpan now = _clock.Elapsed;
            while (_admitted.Count > 0 && now - _admitted.Peek() >= Window)
            {
                _admitted.Dequeue();
            }
            if (_admitted.Count >= requestsPerSecond)
            {
                return _admitted.Peek() + Window - now;
            }
            _admitted.Enqueue(now);
            return null;
        }
    }
}
