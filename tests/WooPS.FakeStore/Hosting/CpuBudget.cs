using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace WooPS.FakeStore.Hosting;

/// <summary>
/// A small host's CPUs shared by whatever runs on them at once (processor sharing, at
/// <see cref="SmallHostProfile.ShareOf"/> of a CPU each). The time is simulated, not burnt, so the host's speed
/// does not depend on what else this machine does.
/// </summary>
internal sealed class CpuBudget : IDisposable
{
    private readonly SmallHostProfile _profile;
    private readonly object _lock = new();
    private readonly List<Job> _jobs = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly SemaphoreSlim _changed = new(0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private double _lastMs;

    public CpuBudget(SmallHostProfile profile)
    {
        _profile = profile;
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Completes once <paramref name="cpuMs"/> of CPU time were given to this job.</summary>
    public async Task RunAsync(double cpuMs, CancellationToken cancellationToken)
    {
        var job = new Job(cpuMs);
        lock (_lock)
        {
            Advance();
            _jobs.Add(job);
        }
        _changed.Release();
        try
        {
            await job.Done.Task.WaitAsync(cancellationToken);
        }
        finally
        {
            lock (_lock)
            {
                Advance();
                _jobs.Remove(job);
            }
            _changed.Release();
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        try
        {
            _loop.Wait();
        }
        catch (AggregateException)
        {
            // Stopped.
        }
        _stop.Dispose();
        _changed.Dispose();
    }

    private async Task RunAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TimeSpan wait;
            lock (_lock)
            {
                Advance();
                double share = _profile.ShareOf(_jobs.Count);
                double soonest = double.MaxValue;
                foreach (Job job in _jobs)
                {
                    if (job.RemainingMs <= 0.01)
                    {
                        job.Done.TrySetResult();
                    }
                    else
                    {
                        soonest = Math.Min(soonest, job.RemainingMs / share);
                    }
                }
                wait = soonest == double.MaxValue ? Timeout.InfiniteTimeSpan : TimeSpan.FromMilliseconds(Math.Max(0.5, soonest));
            }
            try
            {
                await _changed.WaitAsync(wait, _stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Under the lock: gives every running job its share of the time since the last change.</summary>
    private void Advance()
    {
        double now = _clock.Elapsed.TotalMilliseconds;
        double share = _profile.ShareOf(_jobs.Count(job => !job.Done.Task.IsCompleted));
        foreach (Job job in _jobs)
        {
            if (!job.Done.Task.IsCompleted)
            {
                job.RemainingMs -= (now - _lastMs) * share;
            }
        }
        _lastMs = now;
    }

    private sealed class Job(double cpuMs)
    {
        public double RemainingMs { get; set; } = cpuMs;

        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
