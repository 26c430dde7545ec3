using System;
using System.Collections;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using WooPS.Core;
using WooPS.Sessions;

namespace WooPS.Completion
{
    /// <summary>
    /// A read from the store for tab completion: through the session the command line names with -Session, else
    /// the runspace's default one, for at most <see cref="Patience"/>. The prompt never waits longer and never
    /// sees an error: a store that is slow, down or refuses gives no values, and the read is cancelled.
    /// </summary>
    internal static class StoreLookup
    {
        /// <summary>How long Tab waits for the store.</summary>
        public static readonly TimeSpan Patience = TimeSpan.FromSeconds(2);

        /// <summary>The session the command would use, or null when there is none (or it was closed).</summary>
        public static WooSession? SessionOf(IDictionary fakeBoundParameters)
        {
            object? given = fakeBoundParameters?["Session"];
            WooSession? session = (given is PSObject wrapped ? wrapped.BaseObject : given) as WooSession ?? SessionRegistry.Current;
            return session == null || session.IsClosed ? null : session;
        }

        /// <summary>Whether <paramref name="read"/> gave its value within <see cref="Patience"/>: false when it took longer or failed.</summary>
        public static bool TryRead<T>(WooSession session, Func<WooSession, CancellationToken, Task<T>> read, out T value)
        {
            value = default!;
            using var patience = new CancellationTokenSource(Patience);
            try
            {
                Task<T> reading = read(session, patience.Token);
                if (!reading.Wait(Patience))
                {
                    return false;
                }

                value = reading.Result;
                return true;
            }
            catch (AggregateException)
            {
                // The store refused, failed or was cancelled: completion offers nothing, the command will say why.
                return false;
            }
            catch (WooApiException)
            {
                return false;
            }
            finally
            {
                patience.Cancel();
            }
        }
    }
}
