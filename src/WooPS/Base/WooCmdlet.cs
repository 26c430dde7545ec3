using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using WooPS.Core;
using WooPS.Errors;
using WooPS.Output;
using WooPS.Pipeline;

namespace WooPS.Base
{
    /// <summary>
    /// Owns cancellation and the bridge from async work to the pipeline. StopProcessing (Ctrl+C) cancels the
    /// token every request awaits; so does leaving early (Select-Object -First), so no request outlives the command.
    /// </summary>
    public abstract class WooCmdlet : PSCmdlet, IDisposable
    {
        private readonly CancellationTokenSource _stopping = new CancellationTokenSource();

        protected WooCmdlet() => OutputTypes.Define();

        public void Dispose()
        {
            Dispose(true);
            GC.SuppressFinalize(this);
        }

        /// <summary>PowerShell disposes of a cmdlet when its pipeline ends, however it ends.</summary>
        protected virtual void Dispose(bool disposing)
        {
            if (disposing)
            {
                _stopping.Dispose();
            }
        }

        /// <summary>The failure that ended the command with a terminating error, which PowerShell throws as a stopped pipeline.</summary>
        internal WooApiException? Terminated { get; private set; }

        /// <summary>Ctrl+C (or Stop() on the runspace) was pressed, as against the pipeline leaving for another reason.</summary>
        internal bool StopRequested { get; private set; }

        /// <summary>
        /// A verbose line; under -Debug without -Verbose a debug line instead. PowerShell 7 makes -Debug show debug
        /// lines (Continue) but still asks before each of a compiled cmdlet's verbose lines (Inquire), which would
        /// stop at every request.
        /// </summary>
        internal void WriteVerboseLine(string message)
        {
            if (MyInvocation.BoundParameters.TryGetValue("Debug", out object? debug) && debug is SwitchParameter on && on.IsPresent
                && !MyInvocation.BoundParameters.ContainsKey("Verbose"))
            {
                WriteDebug(message);
            }
            else
            {
                WriteVerbose(message);
            }
        }

        protected override void StopProcessing()
        {
            StopRequested = true;
            _stopping.Cancel();
        }

        /// <summary>
        /// Runs <paramref name="work"/> on the thread pool while this (pipeline) thread writes what it posts.
        /// A <see cref="WooApiException"/> that escapes it becomes a terminating error.
        /// </summary>
        internal void Run(Func<PipelineQueue, CancellationToken, Task> work, object? target = null)
        {
            using var queue = new PipelineQueue(this, _stopping.Token);
            Task worker = Task.Run(async () =>
            {
                try
                {
                    await work(queue, _stopping.Token).ConfigureAwait(false);
                }
                finally
                {
                    queue.Complete();
                }
            });

            try
            {
                queue.Drain();
            }
            catch (Exception)
            {
                // The pipeline is leaving (Stop, Select-Object -First, a downstream error): stop the requests too.
                _stopping.Cancel();
                WaitQuietly(worker);
                throw;
            }

            try
            {
                worker.GetAwaiter().GetResult();
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
                throw new PipelineStoppedException();
            }
            catch (WooApiException failure)
            {
                Terminated = failure;
                ThrowTerminatingError(WooErrors.From(failure, target));
            }
        }

        private static void WaitQuietly(Task worker)
        {
            try
            {
                worker.Wait();
            }
            catch (AggregateException)
            {
                // Cancelled on purpose; the exception already leaving is the one that matters.
            }
        }
    }
}
