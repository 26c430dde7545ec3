using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace WooPS.FakeStore.Hosting;

/// <summary>
/// Middleware making the store a small host (<see cref="SmallHostProfile"/>): a request takes one of the PHP
/// workers, or waits in the queue for one, or is refused when the queue is full; a worker produces the answer
/// and then spends the request's CPU on the shared <see cref="CpuBudget"/> before sending it. So throughput
/// rises up to the CPUs, then falls as more run at once, and an overloaded host refuses.
/// </summary>
internal sealed class SmallHost : IDisposable
{
    private readonly SmallHostProfile _profile;
    private readonly SemaphoreSlim _workers;
    private readonly CpuBudget _cpu;
    private int _queued;

    public SmallHost(SmallHostProfile profile)
    {
        _profile = profile;
        _workers = new SemaphoreSlim(profile.Workers);
        _cpu = new CpuBudget(profile);
    }

    public async Task InvokeAsync(HttpContext context, Func<Task> next)
    {
        if (!_workers.Wait(0))
        {
            if (Interlocked.Increment(ref _queued) > _profile.Queue)
            {
                Interlocked.Decrement(ref _queued);
                await RefuseAsync(context);
                return;
            }
            try
            {
                await _workers.WaitAsync(context.RequestAborted);
            }
            finally
            {
                Interlocked.Decrement(ref _queued);
            }
        }

        try
        {
            Stream network = context.Response.Body;
            using var answer = new MemoryStream();
            context.Response.Body = answer;
            try
            {
                await next();
            }
            finally
            {
                context.Response.Body = network;
            }
            await _cpu.RunAsync(CpuMsOf(context.Request, answer.Length), context.RequestAborted);
            answer.Position = 0;
            await answer.CopyToAsync(network, context.RequestAborted);
        }
        finally
        {
            _workers.Release();
        }
    }

    public void Dispose()
    {
        _cpu.Dispose();
        _workers.Dispose();
    }

    private double CpuMsOf(HttpRequest request, long answerBytes)
    {
        double read = _profile.BaseCpuMs + (_profile.CpuMsPer100Kb * answerBytes / 100_000.0);
        return HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) ? read : read * _profile.WriteFactor;
    }

    private Task RefuseAsync(HttpContext context)
    {
        if (_profile.OverflowStatus == 429)
        {
            context.Response.Headers.RetryAfter = "1";
            return NginxErrorPage.WriteAsync(context, 429, "Too Many Requests");
        }
        return NginxErrorPage.WriteAsync(context, 503, "Service Temporarily Unavailable");
    }
}
