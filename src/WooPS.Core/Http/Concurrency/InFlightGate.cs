using System;
using System.Collections.Generic;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace WooPS.Core.Http
{
    /// <summary>
    /// The session's requests on the wire: at most <see cref="AdaptiveLimit.Limit"/> at once, the rest waiting in
    /// the order they came. A Retry-After from the store pauses every request of the session, not only the one that
    /// got it: the store asked the client to wait, and requests sent meanwhile would only be refused too.
    /// </summary>
    internal sealed class InFlightGate
    {
        private readonly object _lock = new object();
        private readonly AdaptiveLimit _limit;
        private readonly RequestKinds _kinds = new RequestKinds();
        private readonly LinkedList<TaskCompletionSource<Slot>> _waiting = new LinkedList<TaskCompletionSource<Slot>>();
        private readonly TimeSpan _longestPause;
        /// <summary>The session's clock, in ms.</summary>
        private readonly Func<double> _now;
        private int _inFlight;

        /// <summary>Requests in flight × ms, summed since the gate opened: its growth over a request's time is how many were in flight with it on average.</summary>
        private double _inFlightMs;
        private double _countedTo;
        private DateTimeOffset _pausedUntil;

        /// <param name="longestPause">A Retry-After longer than this does not pause the session (the request fails instead, see <see cref="RetryPolicy.LongestWait"/>).</param>
        /// <param name="clock">The session's clock in ms (a test's own; a stopwatch unless given).</param>
        public InFlightGate(AdaptiveLimit limit, TimeSpan longestPause, Func<double>? clock = null)
        {
            _limit = limit;
            _longestPause = longestPause;
            if (clock == null)
            {
                var stopwatch = System.Diagnostics.Stopwatch.StartNew();
                clock = () => stopwatch.Elapsed.TotalMilliseconds;
            }

            _now = clock;
        }

        public int Limit
        {
            get
            {
                lock (_lock)
                {
                    return _limit.Limit;
                }
            }
        }

        public int Max
        {
            get
            {
                lock (_lock)
                {
                    return _limit.Max;
                }
            }

            set
            {
                lock (_lock)
                {
                    _limit.Max = value;
                    GrantWaiting();
                }
            }
        }

        public bool Adaptive => _limit.Adaptive;

        /// <summary>Waits for a slot on the wire, and then for any pause the store asked for.</summary>
        public async Task<Slot> EnterAsync(CancellationToken cancellationToken)
        {
            Slot slot;
            TaskCompletionSource<Slot>? turn = null;
            lock (_lock)
            {
                if (_waiting.Count == 0 && _inFlight < _limit.Limit)
                {
                    slot = Take();
                }
                else
                {
                    turn = new TaskCompletionSource<Slot>(TaskCreationOptions.RunContinuationsAsynchronously);
                    _waiting.AddLast(turn);
                    slot = null!;
                }
            }

            if (turn != null)
            {
                using (cancellationToken.Register(() => GiveUp(turn)))
                {
                    slot = await turn.Task.ConfigureAwait(false);
                }
            }

            try
            {
                cancellationToken.ThrowIfCancellationRequested();
                TimeSpan pause = PausedUntil - DateTimeOffset.UtcNow;
                if (pause > TimeSpan.Zero)
                {
                    await Task.Delay(pause, cancellationToken).ConfigureAwait(false);
                }

                lock (_lock)
                {
                    double now = _now();
                    slot.Sent(now, CountInFlight(now));
                }

                return slot;
            }
            catch
            {
                slot.Dispose();
                throw;
            }
        }

        /// <summary>An answer came: it is a sample for the limit.</summary>
        /// <param name="route">The request's method and route, without ids.</param>
        /// <param name="bytes">The answer's size.</param>
        public LimitDecision? Answered(Slot slot, string route, long bytes)
        {
            lock (_lock)
            {
                double now = _now();
                // A burst's first answers went out with few before them but were on the wire with all of it.
                LimitDecision? decision = _limit.Answered(_kinds.Of(route, bytes), now - slot.SentAt, Math.Max(slot.InFlight, _inFlight), MeanInFlight(slot, now), slot.LimitAtSend, now);
                GrantWaiting();
                return decision;
            }
        }

        /// <summary>The store refused for overload or did not answer in time; <paramref name="retryAfter"/> pauses every request.</summary>
        /// <returns>The decision, and how long the session now pauses (zero when it does not).</returns>
        public (LimitDecision? Decision, TimeSpan Pause) Overloaded(Slot slot, RetryConditionHeaderValue? retryAfter, string why)
        {
            DateTimeOffset now = DateTimeOffset.UtcNow;
            TimeSpan asked = RetryPolicy.Asked(retryAfter, now) ?? TimeSpan.Zero;
            bool waits = asked > TimeSpan.Zero && asked <= _longestPause;
            lock (_lock)
            {
                TimeSpan pause = TimeSpan.Zero;
                if (waits && now + asked > _pausedUntil)
                {
                    _pausedUntil = now + asked;
                    pause = asked;
                }

                return (_limit.Overloaded(slot.CutsAtSend, why, toldWhenToReturn: waits), pause);
            }
        }

        private DateTimeOffset PausedUntil
        {
            get
            {
                lock (_lock)
                {
                    return _pausedUntil;
                }
            }
        }

        /// <summary>How many were on the wire with a request sent and not yet finished, on average over its time so far, itself included.</summary>
        internal double MeanInFlight(Slot slot)
        {
            lock (_lock)
            {
                return MeanInFlight(slot, _now());
            }
        }

        /// <summary>Under the lock.</summary>
        private double MeanInFlight(Slot slot, double now)
        {
            double ms = now - slot.SentAt;
            return ms > 0 ? (CountInFlight(now) - slot.InFlightMsAtSend) / ms : slot.InFlight;
        }

        /// <summary>Under the lock, before the count changes: adds the time since the last change at the count it had.</summary>
        private double CountInFlight(double now)
        {
            _inFlightMs += _inFlight * (now - _countedTo);
            _countedTo = now;
            return _inFlightMs;
        }

        private Slot Take()
        {
            CountInFlight(_now());
            _inFlight++;
            return new Slot(this, _inFlight, _limit.Limit, _limit.Cuts);
        }

        private void Leave()
        {
            lock (_lock)
            {
                CountInFlight(_now());
                _inFlight--;
                GrantWaiting();
            }
        }

        /// <summary>Under the lock: hands freed slots to the requests waiting longest.</summary>
        private void GrantWaiting()
        {
            while (_waiting.Count > 0 && _inFlight < _limit.Limit)
            {
                TaskCompletionSource<Slot> turn = _waiting.First!.Value;
                _waiting.RemoveFirst();
                turn.SetResult(Take());
            }
        }

        private void GiveUp(TaskCompletionSource<Slot> turn)
        {
            lock (_lock)
            {
                // Already granted: the waiter sees the cancellation itself and frees the slot.
                if (_waiting.Remove(turn))
                {
                    turn.SetCanceled();
                }
            }
        }

        /// <summary>One request's place on the wire; disposing it frees the place.</summary>
        internal sealed class Slot : IDisposable
        {
            private readonly InFlightGate _gate;
            private int _left;

            public Slot(InFlightGate gate, int inFlight, int limitAtSend, int cutsAtSend)
            {
                _gate = gate;
                InFlight = inFlight;
                LimitAtSend = limitAtSend;
                CutsAtSend = cutsAtSend;
            }

            /// <summary>How many were on the wire with this one, itself included.</summary>
            public int InFlight { get; }

            public int LimitAtSend { get; }

            public int CutsAtSend { get; }

            /// <summary>When the request went on the wire (after any pause), in ms on the gate's clock.</summary>
            public double SentAt { get; private set; }

            /// <summary>The gate's <see cref="_inFlightMs"/> when the request went on the wire.</summary>
            public double InFlightMsAtSend { get; private set; }

            public void Sent(double now, double inFlightMs)
            {
                SentAt = now;
                InFlightMsAtSend = inFlightMs;
            }

            public void Dispose()
            {
                if (Interlocked.Exchange(ref _left, 1) == 0)
                {
                    _gate.Leave();
                }
            }
        }
    }
}
