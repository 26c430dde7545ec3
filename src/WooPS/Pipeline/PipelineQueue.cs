using System;
using System.Collections.Concurrent;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using WooPS.Base;
using WooPS.Core;

namespace WooPS.Pipeline
{
    /// <summary>
    /// The only way background work reaches PowerShell: workers post actions, the pipeline thread runs them in
    /// order. Bounded, so a slow pipeline slows the fetching instead of filling memory.
    /// </summary>
    internal sealed class PipelineQueue : IWooLog, IDisposable
    {
        private const int Capacity = 32;
        private readonly BlockingCollection<Action> _actions = new BlockingCollection<Action>(Capacity);
        private readonly WooCmdlet _cmdlet;
        private readonly CancellationToken _cancellation;

        public PipelineQueue(WooCmdlet cmdlet, CancellationToken cancellation)
        {
            _cmdlet = cmdlet;
            _cancellation = cancellation;
        }

        public void Post(Action action) => _actions.Add(action, _cancellation);

        public void Verbose(string message) => Post(() => _cmdlet.WriteVerboseLine(message));

        public void Warning(string message) => Post(() => _cmdlet.WriteWarning(message));

        public void Debug(string message) => Post(() => _cmdlet.WriteDebug(message));

        public void WriteError(ErrorRecord error) => Post(() => _cmdlet.WriteError(error));

        /// <summary>
        /// Runs <paramref name="action"/> on the pipeline thread and completes with its result once it has run, so
        /// a worker can wait until what it handed on has been written. Cancelled when the pipeline stops instead.
        /// </summary>
        public async Task<T> InvokeAsync<T>(Func<T> action)
        {
            var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
            using (_cancellation.Register(() => done.TrySetCanceled()))
            {
                Post(() =>
                {
                    try
                    {
                        done.TrySetResult(action());
                    }
                    catch
                    {
                        // The pipeline is leaving (Select-Object -First, a downstream error): let the worker stop too.
                        done.TrySetCanceled();
                        throw;
                    }
                });
                return await done.Task.ConfigureAwait(false);
            }
        }

        /// <summary>No more actions will come.</summary>
        public void Complete() => _actions.CompleteAdding();

        /// <summary>Runs posted actions on the calling (pipeline) thread until the workers complete.</summary>
        public void Drain()
        {
            foreach (Action action in _actions.GetConsumingEnumerable(_cancellation))
            {
                action();
            }
        }

        public void Dispose() => _actions.Dispose();
    }
}
