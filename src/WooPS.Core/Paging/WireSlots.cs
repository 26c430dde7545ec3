using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace WooPS.Core.Paging
{
    /// <summary>
    /// At most so many of one caller's requests under way at once (MaxConcurrency: enough to let the session's
    /// adaptive limit grow to its bound; the session's <see cref="Http.InFlightGate"/> decides how many go on the
    /// wire). A request waits for a slot, and checks again that it is still wanted once it has one: the slot may
    /// have been freed by a request cancelled together with it, and whoever holds it then must not send.
    /// </summary>
    internal sealed class WireSlots : IDisposable
    {
        private readonly SemaphoreSlim _slots;

        public WireSlots(int count)
        {
            _slots = new SemaphoreSlim(count);
        }

        /// <summary>Runs <paramref name="send"/> in a slot, which is freed as soon as it completes.</summary>
        public async Task<T> SendAsync<T>(Func<Task<T>> send, CancellationToken cancellationToken)
        {
            await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                cancellationToken.ThrowIfCancellationRequested();
                return await send().ConfigureAwait(false);
            }
            finally
            {
                _slots.Release();
            }
        }

        /// <summary>Runs the requests, <paramref name="count"/> at a time; the first failure cancels the others and is what the caller sees.</summary>
        public static async Task RunAllAsync(IEnumerable<Func<CancellationToken, Task>> requests, int count, CancellationToken cancellationToken)
        {
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            using var wire = new WireSlots(count);
            List<Task> running = requests.Select(async request =>
            {
                try
                {
                    await wire.SendAsync(async () => { await request(stop.Token).ConfigureAwait(false); return true; }, stop.Token).ConfigureAwait(false);
                }
                catch
                {
                    stop.Cancel();
                    throw;
                }
            }).ToList();

            try
            {
                await Task.WhenAll(running).ConfigureAwait(false);
            }
            catch (Exception) when (running.FirstOrDefault(t => t.IsFaulted && !(t.Exception!.GetBaseException() is OperationCanceledException)) is Task first)
            {
                throw first.Exception!.GetBaseException();
            }
        }

        public void Dispose() => _slots.Dispose();
    }
}
