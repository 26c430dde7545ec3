using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace WooPS.Core.Http
{
    /// <summary>
    /// How many requests a session may have on the wire at once, learned while it runs: a hill climb on the
    /// throughput the store gives, with AIMD's halving when it says it is overloaded.
    /// <para>
    /// Throughput is answers per time, of one kind of request (a page of 100 products is more work than one
    /// product, see below): a round (past slow start, as many answers as the limit, at least 8) divides their
    /// number by the time the round took, from when its first request went out (or the round before ended) to its
    /// last answer, so the measure includes whatever else slows the run (the client's own work, the store's
    /// queue). A limit measured again counts its new measure and the one before half each.
    /// </para>
    /// <para>
    /// It starts as TCP Vegas's slow start does: while answers come about as fast as one alone (less than twice
    /// as long), it doubles, since a store far away serves 16 about as fast as 1; answers that took twice as long
    /// or more waited at the store, and the limit goes back. Answers decide there, every 4 of them, by how many
    /// were in flight with them on average, not what gets done: a round measures what gets done only after many
    /// answers, and a write of 1,000 rows (10 lookups, then 10 batches) is 20 requests, which should reach a far
    /// store's best before its batches go.
    /// </para>
    /// <para>
    /// Then the limit moves as long as moving pays: up by a quarter while more in flight get at least 5 % more
    /// done, down while one fewer gets as much done. When a move does not pay it goes back and holds for 4
    /// rounds, then tries one more or one fewer, in turn, in case the store changed. So it grows while
    /// throughput grows, shrinks when answers slow down without more getting done, and settles on the fewest
    /// requests that get the most done, which is also kindest to the store.
    /// </para>
    /// <para>
    /// Why not the others: TCP Vegas's delay-based window (grow while n × (1 − 1/r) requests wait, shrink past a
    /// threshold) stops where answers start to wait, at a small host's CPU count; measured on the fake small host
    /// it settled 50 % slower than the best fixed setting, because a few requests waiting keep the CPUs busy while
    /// others travel. AIMD alone grows until the store refuses, which a small host's PHP queue does only long after
    /// every answer has slowed down. Netflix's gradient limits compare a short with a long average of the answer
    /// time and need hundreds of answers to settle, while a listing of 10,000 products is 100 requests. The Vegas
    /// estimate still leads slow start, where it is quick: it decides after 4 answers, where a round needs many.
    /// </para>
    /// <para>
    /// Answers differ in cost (a page of 100 products, a single product, a batch of 100 updates), so the fastest
    /// time is kept per kind of request (method, route with ids left out, and answer size within 1.5×) and
    /// each answer is compared with its own kind (see <see cref="RequestKinds"/>); the first answer of a kind sets
    /// its mark. A round is of one kind, and rounds of a new kind (a write's batches after its lookups) are measured
    /// afresh, not compared with the kind before. How long answers took against the fastest says how much they
    /// waited only when that fastest came alone (a listing's first page). A kind first seen among others (a
    /// write's lookups, sent together) is compared with the fastest answer of any kind that came alone (the key's
    /// check at Connect-WooStore): within twice that, nothing waited; more may be the work of a costlier request,
    /// so the limit stays and the rounds judge by what gets done. So does an answer faster than that check by a
    /// fifth or more: the check itself was slow (the first request of a process), and no measure.
    /// </para>
    /// <para>
    /// 429 and 503 (the store said it is overloaded) and answers that did not come in time halve the limit at once,
    /// once per window: answers to requests sent before the cut do not cut again. A store that also said when to
    /// come back (Retry-After, which pauses the whole session) limits a rate more than requests at once: there the
    /// pause is the backoff, and the limit climbs back by one each round until the store refuses again (AIMD's
    /// additive increase), since at a rate limit more in flight never looks like more done until the pause is due.
    /// Without Retry-After (a queue that overflowed) it holds, and climbs only where more gets done.
    /// </para>
    /// Not thread-safe: <see cref="InFlightGate"/> calls it under its lock.
    /// </summary>
    internal sealed class AdaptiveLimit
    {
        /// <summary>
        /// Where a session starts: the fixed number WooPS used before it learned, two doublings from 16 for a store
        /// far away, and no more than a small host serves at once without slowing every answer by half. More would
        /// send that many to every store before its first answer, a shared host's PHP queue included; so a short
        /// job in a new session takes a round trip more on a far store (a write of 1,000 rows: 3 where 16 at once
        /// takes 2), and the session's later commands start where it got to.
        /// </summary>
        public const int Start = 4;

        /// <summary>
        /// The fewest answers a round measures while climbing: the median of fewer swings by 10 % and more from
        /// round to round on a busy host, more than the 5 % a move must gain.
        /// </summary>
        private const int LeastRound = 8;

        /// <summary>
        /// The answers a round of slow start takes: enough for a median of how long they took, few enough that a job
        /// of 20 requests still reaches a far store's best.
        /// </summary>
        private const int LeastStartRound = 4;

        private const string FewerCame = "fewer requests came than the limit allows";

        private const string Staying = "staying, to measure what gets done";

        /// <summary>How much more a move must get done to count as more (5 %); less is measurement noise.</summary>
        private const double Gain = 0.05;

        /// <summary>Rounds to stay after a move that did not pay, before trying one more again.</summary>
        private const int HoldRounds = 4;

        /// <summary>
        /// Answers that took this many times the fastest alone or more waited (slow start stops); faster ones did
        /// not. 2: half the requests waited at the store (the Vegas estimate), where a store far away stays near 1.
        /// </summary>
        private const double Crowded = 2;

        /// <summary>
        /// Answers of a kind never seen alone that took less than this many times the fastest answer of any kind
        /// alone make that answer no measure: nothing the store does makes a request cheaper than the cheapest, and
        /// a fifth is more than the noise between two answers.
        /// </summary>
        private const double Stalled = 0.8;

        /// <summary>The fastest answer (ms) per kind of request.</summary>
        private readonly Dictionary<string, double> _fastest = new Dictionary<string, double>(StringComparer.Ordinal);

        /// <summary>The kinds whose fastest answer came with nothing else in flight: only theirs says how much waiting slowed an answer.</summary>
        private readonly HashSet<string> _fastestAlone = new HashSet<string>(StringComparer.Ordinal);

        /// <summary>
        /// The fastest answer (ms) of any kind that came alone, usually Connect-WooStore's check of the key (one
        /// product's id): what the store takes at least for anything, the network's round trip and PHP's start.
        /// </summary>
        private double? _floor;
        private readonly List<Sample> _round = new List<Sample>();
        private double _roundEnded;
        private Move _move = Move.First;
        /// <summary>
        /// What each limit got done (answers per ms), as measured in its rounds (the mean of the last measure and
        /// the one before), for the kind of request the rounds were of: rounds of another kind (the batches after a
        /// write's lookups) are not compared with them, since an answer of another kind is other work.
        /// </summary>
        private readonly Dictionary<int, double> _throughputAt = new Dictionary<int, double>();
        private string? _throughputKind;
        private int? _previousLimit;
        private int _holdLeft;
        private bool _probeDown;
        private int _max;

        /// <param name="adaptive">False: always <paramref name="max"/> at once, as a fixed setting.</param>
        public AdaptiveLimit(int max, bool adaptive)
        {
            Adaptive = adaptive;
            _max = max;
            Limit = adaptive ? Math.Min(Start, max) : max;
        }

        private enum Move
        {
            /// <summary>No round measured yet.</summary>
            First,

            /// <summary>Doubling while answers come about as fast as alone.</summary>
            SlowStart,

            /// <summary>One more while it pays.</summary>
            Up,

            /// <summary>One fewer while as much gets done.</summary>
            Down,

            /// <summary>Staying, then trying one more.</summary>
            Hold,

            /// <summary>One more each round, after the store said when to come back, until it refuses again.</summary>
            Recover,
        }

        public int Limit { get; private set; }

        public bool Adaptive { get; }

        /// <summary>How often the limit was cut for overload: a request remembers the count at its start, so one burst cuts once.</summary>
        public int Cuts { get; private set; }

        /// <summary>The upper bound. Lowering it lowers the limit with it; raising it lets the limit grow.</summary>
        public int Max
        {
            get => _max;
            set
            {
                _max = value;
                Limit = Adaptive ? Math.Min(Limit, value) : value;
            }
        }

        /// <summary>An answer came (any status but overload) <paramref name="ms"/> after its request went out.</summary>
        /// <param name="inFlight">How many were on the wire with it (the more of when it went out and when it was answered), itself included.</param>
        /// <param name="meanInFlight">How many were on the wire with it on average over its time, itself included.</param>
        /// <param name="limitAtSend">The limit when it went out: only rounds sent with the limit full tell what the limit gets done.</param>
        /// <param name="now">When it was answered, in ms on the session's clock.</param>
        public LimitDecision? Answered(string kind, double ms, int inFlight, double meanInFlight, int limitAtSend, double now)
        {
            if (!Adaptive)
            {
                return null;
            }

            if (inFlight == 1 && (_floor == null || ms < _floor))
            {
                _floor = ms;
            }

            bool known = _fastest.TryGetValue(kind, out double fastest);
            if (!known || ms < fastest)
            {
                _fastest[kind] = ms;
                if (inFlight == 1)
                {
                    _fastestAlone.Add(kind);
                }
                else
                {
                    _fastestAlone.Remove(kind);
                }
            }

            if (_round.Count > 0 && _round[0].Kind != kind)
            {
                // A round is of one kind: answers per time of different kinds do not compare, and a job's next
                // part (its batches after its lookups) starts a round of its own.
                _round.Clear();
            }

            // The first answer of a kind is its own mark: it counts as taking no longer than the fastest.
            _round.Add(new Sample(kind, ms, known ? Math.Max(1, ms / fastest) : 1, inFlight, meanInFlight, inFlight >= limitAtSend, now - ms));
            return _round.Count >= (Starting ? LeastStartRound : Math.Max(Limit, LeastRound)) ? EndRound(now) : null;
        }

        /// <summary>The store refused for overload (429, 503) or did not answer in time.</summary>
        /// <param name="cutsAtSend">The request's <see cref="Cuts"/> when it went out.</param>
        /// <param name="toldWhenToReturn">The store said when to come back (a Retry-After the session waits for).</param>
        public LimitDecision? Overloaded(int cutsAtSend, string why, bool toldWhenToReturn = false)
        {
            if (!Adaptive || cutsAtSend < Cuts)
            {
                return null;
            }

            Cuts++;
            _round.Clear();
            Hold();
            if (toldWhenToReturn)
            {
                _move = Move.Recover;
            }

            // The store changed: what each limit got done before says nothing now.
            ForgetThroughput();
            int old = Limit;
            Limit = Math.Max(1, Limit / 2);
            return new LimitDecision(old, Limit, why, $"{why}: halved the limit to {Limit}.");
        }

        /// <summary>In slow start, where how long answers took decides, not yet what gets done.</summary>
        private bool Starting => _move == Move.First || _move == Move.SlowStart;

        private LimitDecision EndRound(double now)
        {
            double slower = Median(_round.Select(sample => sample.Slower));
            double ms = Median(_round.Select(sample => sample.Ms));
            double inFlight = _round.Average(sample => sample.InFlight);
            // On average over each answer's time, not at its end: an answer sent before the limit doubled was served
            // mostly with fewer than were in flight when it came. The median: a listing's first page, alone, is in
            // its first round.
            int typicalInFlight = (int)Math.Round(Median(_round.Select(sample => sample.MeanInFlight)));
            string kind = _round[0].Kind;
            bool filled = 2 * _round.Count(sample => sample.Full) >= _round.Count;
            // An idle session (between two commands) is not slow: the round starts when its first request went out.
            double started = Math.Max(_roundEnded, _round.Min(sample => sample.SentAt));
            // Answers of one kind cost about the same, so answers per ms compare one limit with another; the fastest
            // answer's time makes it work done against one request at a time at best, for the debug line. (Counting
            // each answer by the fastest as it then was made a limit measured early, before a faster answer, look
            // better than it was.)
            double rate = _round.Count / Math.Max(1, now - started);
            double throughput = rate * _fastest[kind];
            _roundEnded = now;
            string measured = string.Format(
                CultureInfo.InvariantCulture,
                "{0} answers in {1:0} ms at a limit of {2}: {3:0.0} in flight, answers {4:0.00}× the fastest of their kind, {5:0.00}× as much done as one at a time at best",
                _round.Count,
                now - started,
                Limit,
                inFlight,
                slower,
                throughput);
            _round.Clear();

            int old = Limit;
            string reason = Starting ? DecideStarting(kind, ms, typicalInFlight, rate)
                : filled ? Decide(kind, rate) : FewerCame;
            return new LimitDecision(old, Limit, reason, $"{measured}; {(Limit == old ? "kept" : "now")} {Limit} ({reason}).");
        }

        /// <summary>
        /// Slow start (see the class's remarks): twice as many in flight as the answers had, not twice the limit,
        /// since a job that never filled the limit showed nothing about more.
        /// </summary>
        /// <param name="ms">How long the round's answers took (median).</param>
        /// <param name="inFlight">How many were in flight with them.</param>
        /// <param name="rate">Answers per ms in the round: where a move down starts measuring what gets done.</param>
        private string DecideStarting(string kind, double ms, int inFlight, double rate)
        {
            NewKind(kind);
            int old = Limit;
            bool alone = _fastestAlone.Contains(kind);
            double? reference = alone ? _fastest[kind] : _floor;
            if (reference == null)
            {
                Hold();
                return "no answer came alone to compare with: " + Staying;
            }

            double slower = ms / reference.Value;
            if (!alone && slower < Stalled)
            {
                // Faster than the fastest answer the store gave alone, and of another kind: that one was slow for
                // reasons of its own, as the first request of a process is (compiling the HTTP code, connecting:
                // 434 ms measured where the store took 12), and says nothing about waiting.
                Hold();
                return $"answers took {Format(slower)}× the fastest the store gave alone, which was slow for reasons of its own: {Staying}";
            }

            if (slower < Crowded)
            {
                string fast = alone
                    ? $"answers came about as fast with {inFlight} in flight as alone"
                    : $"answers with {inFlight} in flight took {Format(slower)}× as long as the fastest the store gave alone";
                if (old >= Max)
                {
                    return AtBound(fast);
                }

                if (2 * inFlight <= old)
                {
                    return FewerCame;
                }

                _move = Move.SlowStart;
                _previousLimit = old;
                Limit = Math.Min(Max, 2 * Math.Min(inFlight, old));
                return fast;
            }

            if (!alone)
            {
                // Measured against another, cheaper kind, an answer slower by its work looks the same as one that
                // waited: here only what gets done can tell, so the limit stays and the rounds measure it.
                Hold();
                return $"answers took {Format(slower)}× the fastest the store gave alone, which work alone may explain: {Staying}";
            }

            if (_move == Move.First)
            {
                // One fewer is then measured against what this round got done.
                _throughputAt[old] = rate;
                _previousLimit = old;
                _move = Move.Down;
                Limit = Math.Max(1, old - 1);
                return $"answers took {Format(slower)}× as long with {inFlight} in flight as alone: trying fewer";
            }

            Hold();
            Limit = Math.Min(Max, _previousLimit ?? Math.Max(1, old / 2));
            return $"answers took {Format(slower)}× as long with {inFlight} in flight as alone: back to {Limit}";
        }

        /// <summary>The hill climb on what gets done, after slow start.</summary>
        /// <param name="kind">The kind of request the round's answers were.</param>
        /// <param name="measured">What this round got done: answers per ms, all of the kind.</param>
        /// <returns>Why the limit is what it now is.</returns>
        private string Decide(string kind, double measured)
        {
            int old = Limit;
            bool first = _throughputKind == null;
            if (NewKind(kind) && !first && _move != Move.Recover)
            {
                // A job's next part (its batches after its lookups): measured afresh from where the limit is.
                _throughputAt[old] = measured;
                _previousLimit = old;
                Hold();
                return "another kind of request: measuring it afresh";
            }

            // One round swings by 10 % and more on a busy machine: a limit measured before counts half.
            double throughput = _throughputAt.TryGetValue(old, out double seen) ? (seen + measured) / 2 : measured;
            _throughputAt[old] = throughput;
            int? previous = _previousLimit;
            _previousLimit = old;
            double? before = previous is int level && _throughputAt.TryGetValue(level, out double done) ? done : (double?)null;
            switch (_move)
            {
                case Move.Up:
                    if (before is double less && throughput > less * (1 + Gain))
                    {
                        return Grow($"{old} in flight got {Format((throughput / less) - 1, "P0")} more done than {previous}");
                    }

                    return Back(previous, $"{old} in flight got no more done than {previous}");
                case Move.Recover when old < Max:
                    Limit = old + 1;
                    return "a round went through since the store asked to wait: one more";
                case Move.Recover:
                    return AtBound();
                case Move.Down:
                    if (before is double more && throughput >= more * (1 - Gain))
                    {
                        if (old == 1)
                        {
                            Hold();
                            return $"1 in flight got as much done as {previous}";
                        }

                        Limit = old - 1;
                        return $"{old} in flight got as much done as {previous}: trying fewer";
                    }

                    return Back(previous, $"{old} in flight got less done than {previous}");
                default:
                    if (--_holdLeft > 0)
                    {
                        return "holding";
                    }

                    // Probes go up and down in turn: the store may have become faster or slower for everybody.
                    // At the bound, or at 1, only the other way is left.
                    _probeDown = (_probeDown || old >= Max) && old > 1;
                    if (!_probeDown && old >= Max)
                    {
                        return AtBound();
                    }

                    bool down = _probeDown;
                    _probeDown = !down;
                    _move = down ? Move.Down : Move.Up;
                    Limit = down ? old - 1 : old + 1;
                    return down ? "trying one fewer" : "trying one more";
            }
        }

        private string Grow(string reason)
        {
            if (Limit >= Max)
            {
                return AtBound(reason);
            }

            // Past a probe that paid, steps of a quarter: a store far away is met again at 16 in a few rounds.
            Limit = Math.Min(Max, Limit + Math.Max(1, Limit / 4));
            return reason;
        }

        /// <summary>No more allowed: stay a while, then try one fewer.</summary>
        private string AtBound(string? reason = null)
        {
            Hold();
            string bound = $"at the upper bound, MaxConcurrency {Max}";
            return reason == null ? bound : $"{reason}; {bound}";
        }

        /// <summary>A move that did not pay: back to where it came from, and stay a while.</summary>
        private string Back(int? previous, string reason)
        {
            Hold();
            if (previous is int from)
            {
                Limit = Math.Min(Max, from);
                _previousLimit = from;
            }

            return reason;
        }

        /// <summary>Rounds of another kind than before: what each limit got done before is not comparable.</summary>
        /// <returns>Whether the kind changed.</returns>
        private bool NewKind(string kind)
        {
            if (_throughputKind == kind)
            {
                return false;
            }

            ForgetThroughput();
            _throughputKind = kind;
            return true;
        }

        private void ForgetThroughput()
        {
            _throughputAt.Clear();
            _throughputKind = null;
            _previousLimit = null;
        }

        private void Hold()
        {
            _move = Move.Hold;
            _holdLeft = HoldRounds;
        }

        private static string Format(double value, string format = "0.0") => value.ToString(format, CultureInfo.InvariantCulture);

        private static double Median(IEnumerable<double> values)
        {
            List<double> sorted = values.OrderBy(value => value).ToList();
            int middle = sorted.Count / 2;
            return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        }

        private readonly struct Sample
        {
            public Sample(string kind, double ms, double slower, int inFlight, double meanInFlight, bool full, double sentAt)
            {
                MeanInFlight = meanInFlight;
                Kind = kind;
                Ms = ms;
                Slower = slower;
                InFlight = inFlight;
                Full = full;
                SentAt = sentAt;
            }

            public string Kind { get; }

            /// <summary>How long the answer took.</summary>
            public double Ms { get; }

            /// <summary>How many times the fastest answer of its kind this answer took.</summary>
            public double Slower { get; }

            public int InFlight { get; }

            public double MeanInFlight { get; }

            /// <summary>It went out with the limit full.</summary>
            public bool Full { get; }

            /// <summary>When it went out, in ms on the session's clock.</summary>
            public double SentAt { get; }
        }
    }
}
