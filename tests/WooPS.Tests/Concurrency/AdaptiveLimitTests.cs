using System;
using System.Collections.Generic;
using System.Linq;
using WooPS.Core.Http;

namespace WooPS.Tests.Concurrency
{
    /// <summary>
    /// The limit's decisions against modelled stores, on a clock the test moves: each round is answers sent with the
    /// limit full (unless a test says how many were in flight), until the limit decides, and takes what the model says.
    /// </summary>
    public class AdaptiveLimitTests
    {
        private const string FewerCame = "fewer requests came than the limit allows";
        private const string Page = "GET /wp-json/wc/v3/products ~200000 B";
        private const double Fastest = 100;
        private double _now;

        /// <summary>A store far away: every answer takes as long, however many are in flight.</summary>
        private static double FarStore(int inFlight) => 1;

        /// <summary>
        /// A small host: 2.5 requests' worth of capacity; past it each answer takes longer in proportion, and 7 %
        /// more per request beyond it is lost to contention. It does most at 3 (2.42), less at 2 (2.0) and 4 (2.26).
        /// </summary>
        private static double SmallHost(int inFlight) => inFlight <= 2.5 ? 1 : inFlight / 2.5 * (1 + (0.07 * (inFlight - 2.5)));

        /// <summary>A new limit that has seen one answer of the kind, alone and as fast as it gets.</summary>
        private AdaptiveLimit Fresh(int max = 16, bool adaptive = true)
        {
            var limit = new AdaptiveLimit(max, adaptive);
            _now += Fastest;
            Assert.Null(limit.Answered(Page, Fastest, 1, 1, 1, _now));
            return limit;
        }

        /// <summary>A fresh limit after one round on a store far away: doubled to 8.</summary>
        private AdaptiveLimit DoubledOnce()
        {
            AdaptiveLimit limit = Fresh();
            Round(limit, FarStore);
            Assert.Equal(8, limit.Limit);
            return limit;
        }

        /// <summary>One round at the current limit against <paramref name="store"/> (answer time as a multiple of the fastest, by requests in flight).</summary>
        /// <param name="inFlight">How many requests were in flight: the limit unless given.</param>
        private LimitDecision Round(AdaptiveLimit limit, Func<int, double> store, int? inFlight = null, string kind = Page)
        {
            int limitAtSend = limit.Limit;
            int had = inFlight ?? limitAtSend;
            double ms = Fastest * store(had);
            int answers = Math.Max(8, limitAtSend);
            // With n in flight and answers of ms each, answers come n per ms: the round takes answers / n × ms.
            double step = ms / had;
            _now += ms - step;
            LimitDecision? decision = null;
            for (int i = 0; i < answers && decision == null; i++)
            {
                _now += step;
                decision = limit.Answered(kind, ms, had, had, limitAtSend, _now);
            }

            return Assert.IsType<LimitDecision>(decision);
        }

        private List<int> Rounds(AdaptiveLimit limit, Func<int, double> store, int count) =>
            Enumerable.Range(0, count).Select(_ => Round(limit, store).Limit).ToList();

        [Fact]
        public void On_a_store_far_away_it_doubles_to_the_upper_bound_and_stays()
        {
            AdaptiveLimit limit = Fresh();

            Assert.Equal(AdaptiveLimit.Start, limit.Limit);
            Assert.Equal(new[] { 8, 16, 16, 16, 16, 16 }, Rounds(limit, FarStore, 6));
        }

        [Fact]
        public void On_a_small_host_it_settles_where_most_gets_done()
        {
            AdaptiveLimit limit = Fresh();

            List<int> path = Rounds(limit, SmallHost, 40);

            // It tries 8 once (answers at 4 came fast enough to double), then finds 3 and returns to it after every probe.
            Assert.Equal(8, path.Max());
            Assert.Equal(3, path.Last());
            Assert.True(path.Skip(10).Count(l => l == 3) >= 20, "Mostly at 3: " + string.Join(",", path));
        }

        [Fact]
        public void A_first_round_whose_answers_waited_tries_fewer()
        {
            AdaptiveLimit limit = Fresh();

            LimitDecision first = Round(limit, inFlight => 3);

            // 3 gets as much done as 4 did (answers take 3/4 as long): one fewer again.
            LimitDecision second = Round(limit, inFlight => 0.75 * inFlight);

            Assert.Equal(AdaptiveLimit.Start - 1, first.Limit);
            Assert.Contains("trying fewer", first.Reason);
            Assert.Contains("answers took 3.0× as long with 4 in flight as alone", first.Detail);
            Assert.Equal("Requests at once: 4 → 3 (answers took 3.0× as long with 4 in flight as alone: trying fewer).", first.Shown);
            Assert.Equal("Requests at once: 3 → 2 (3 in flight got as much done as 4: trying fewer).", second.Shown);
        }

        [Fact]
        public void A_round_with_half_the_limit_in_flight_or_fewer_changes_nothing()
        {
            AdaptiveLimit limit = Fresh();

            LimitDecision starting = Round(limit, FarStore, inFlight: 2);
            Assert.Equal(new[] { 8, 16, 16 }, Rounds(limit, FarStore, 3));
            LimitDecision climbing = Round(limit, FarStore, inFlight: 15);

            Assert.False(starting.Changed);
            Assert.Contains(FewerCame, starting.Detail);
            Assert.False(climbing.Changed);
            Assert.Contains(FewerCame, climbing.Detail);
        }

        [Fact]
        public void Slow_start_grows_to_twice_what_was_in_flight_when_fewer_came_than_the_limit()
        {
            AdaptiveLimit limit = DoubledOnce();

            // The last 6 of a write's 10 lookups: as fast as alone, so its 10 batches may all go at once.
            LimitDecision rest = Round(limit, FarStore, inFlight: 6);

            Assert.Equal(12, rest.Limit);
            Assert.Equal("Requests at once: 8 → 12 (answers came about as fast with 6 in flight as alone).", rest.Shown);
        }

        [Fact]
        public void Slow_start_counts_answers_by_how_many_were_in_flight_with_them_on_average_not_at_their_end()
        {
            AdaptiveLimit limit = DoubledOnce();

            // Answers sent when the limit was 4, and answered with 8 in flight: most of their time, 4 were.
            var decisions = Enumerable.Range(0, 4).Select(_ => limit.Answered(Page, Fastest, 8, 4.4, 4, _now += 10)).ToList();

            Assert.Equal(8, limit.Limit);
            Assert.Contains(FewerCame, decisions.Last()!.Reason);
        }

        [Fact]
        public void Slow_start_going_back_stays_under_a_bound_lowered_meanwhile()
        {
            AdaptiveLimit limit = Fresh();
            Round(limit, FarStore);
            Round(limit, FarStore);
            Assert.Equal(16, limit.Limit);
            limit.Max = 6;

            LimitDecision back = Round(limit, inFlight => 3);

            Assert.Equal(6, back.Limit);
            Assert.Contains("back to 6", back.Reason);
        }

        [Fact]
        public void Slow_start_that_went_too_far_goes_back_to_where_answers_came_as_fast_as_alone()
        {
            AdaptiveLimit limit = Fresh();
            Round(limit, FarStore);

            // Answers waited at 8 (three times as long), not at 4.
            LimitDecision back = Round(limit, inFlight => inFlight > 4 ? 3 : 1);

            Assert.Equal(4, back.Limit);
            Assert.Contains("answers took 3.0× as long with 8 in flight as alone: back to 4", back.Reason);
        }

        [Fact]
        public void Overload_halves_the_limit_once_for_every_request_that_was_on_the_wire_then()
        {
            AdaptiveLimit limit = DoubledOnce();
            int cutsAtSend = limit.Cuts;

            LimitDecision? first = limit.Overloaded(cutsAtSend, "the store answered 429");
            LimitDecision? sameBurst = limit.Overloaded(cutsAtSend, "the store answered 429");
            LimitDecision? sentAfter = limit.Overloaded(limit.Cuts, "the store answered 503");

            Assert.Equal("Requests at once: 8 → 4 (the store answered 429).", first!.Shown);
            Assert.Null(sameBurst);
            Assert.Equal(2, sentAfter!.Limit);
        }

        [Fact]
        public void After_a_store_said_when_to_come_back_the_limit_climbs_back_one_a_round_until_it_refuses_again()
        {
            AdaptiveLimit limit = DoubledOnce();

            limit.Overloaded(limit.Cuts, "the store answered 429", toldWhenToReturn: true);
            // A rate limit: however many are in flight, as much gets done.
            List<int> path = Enumerable.Range(0, 3).Select(_ => Round(limit, inFlight => inFlight).Limit).ToList();
            LimitDecision? again = limit.Overloaded(limit.Cuts, "the store answered 429", toldWhenToReturn: true);

            Assert.Equal(new[] { 5, 6, 7 }, path);
            Assert.Equal(3, again!.Limit);
        }

        [Fact]
        public void After_a_refusal_without_Retry_After_the_limit_holds_where_more_in_flight_gets_no_more_done()
        {
            AdaptiveLimit limit = Fresh();
            Round(limit, FarStore);

            limit.Overloaded(limit.Cuts, "the store answered 503");

            Assert.All(Enumerable.Range(0, 3).Select(_ => Round(limit, inFlight => inFlight).Limit), l => Assert.Equal(4, l));
        }

        [Fact]
        public void Overload_at_one_stays_at_one()
        {
            AdaptiveLimit limit = Fresh(max: 1);

            LimitDecision? cut = limit.Overloaded(limit.Cuts, "the store answered 503");

            Assert.Equal(1, limit.Limit);
            Assert.False(cut!.Changed);
        }

        [Fact]
        public void MaxConcurrency_1_is_strictly_one_however_fast_the_store()
        {
            AdaptiveLimit limit = Fresh(max: 1);

            Assert.All(Rounds(limit, FarStore, 5), l => Assert.Equal(1, l));
        }

        [Fact]
        public void A_fixed_limit_is_MaxConcurrency_whatever_the_store_says()
        {
            var limit = new AdaptiveLimit(6, adaptive: false);

            Assert.Null(limit.Answered(Page, Fastest, 6, 6, 6, 100));
            for (int i = 0; i < 20; i++)
            {
                Assert.Null(limit.Answered(Page, Fastest * 5, 6, 6, 6, 200 + i));
            }

            Assert.Null(limit.Overloaded(0, "the store answered 503"));
            Assert.Equal(6, limit.Limit);
            limit.Max = 3;
            Assert.Equal(3, limit.Limit);
        }

        [Fact]
        public void Lowering_the_bound_lowers_the_limit_and_raising_it_lets_it_grow()
        {
            AdaptiveLimit limit = DoubledOnce();

            limit.Max = 2;
            Assert.Equal(2, limit.Limit);
            limit.Max = 16;

            Assert.Equal(16, Rounds(limit, FarStore, 12).Last());
        }

        private const string Lookup = "GET /wp-json/wc/v3/products ~180000 B";

        /// <summary>A new limit that has seen Connect-WooStore's check of the key: one product's id, alone, in <paramref name="ms"/>.</summary>
        private AdaptiveLimit AfterKeyCheck(double ms)
        {
            var limit = new AdaptiveLimit(16, adaptive: true);
            Assert.Null(limit.Answered("GET /wp-json/wc/v3/products ~9 B", ms, 1, 1, AdaptiveLimit.Start, _now += ms));
            return limit;
        }

        [Fact]
        public void A_kind_first_seen_among_others_that_came_about_as_fast_as_the_stores_fastest_alone_doubles()
        {
            // A store far away: the key's check takes 100 ms, a lookup of 100 SKUs with 4 in flight 110 ms.
            AdaptiveLimit limit = AfterKeyCheck(Fastest);

            LimitDecision first = Round(limit, inFlight => 1.1, kind: Lookup);

            Assert.Equal(8, first.Limit);
            Assert.Contains("answers with 4 in flight took 1.1× as long as the fastest the store gave alone", first.Reason);
        }

        [Fact]
        public void A_kind_first_seen_among_others_that_took_far_longer_than_the_stores_fastest_alone_stays_and_is_judged_by_what_gets_done()
        {
            // A small host: the key's check takes 10 ms, lookups 300 ms; how much of it is work and how much waiting cannot be told.
            AdaptiveLimit limit = AfterKeyCheck(10);

            LimitDecision first = Round(limit, inFlight => 3, kind: Lookup);
            List<int> path = Enumerable.Range(0, 20).Select(_ => Round(limit, SmallHost, kind: Lookup).Limit).ToList();

            Assert.Equal(4, first.Limit);
            Assert.Contains("answers took 30.0× the fastest the store gave alone, which work alone may explain: staying", first.Reason);
            // Never more than one above where it was; then mostly at 3, where this host does most.
            Assert.True(path.Max() <= 5 && path.Skip(10).Count(l => l == 3) >= 7, string.Join(",", path));
        }

        [Fact]
        public void A_fastest_answer_alone_slower_than_answers_with_others_in_flight_is_no_measure()
        {
            // The key's check was the first request of the process: 434 ms, where lookups with 4 in flight take 50.
            AdaptiveLimit limit = AfterKeyCheck(434);

            LimitDecision first = Round(limit, inFlight => 0.5, kind: Lookup);

            Assert.Equal(AdaptiveLimit.Start, first.Limit);
            Assert.Contains("which was slow for reasons of its own: staying", first.Reason);
        }

        [Fact]
        public void With_no_answer_alone_at_all_the_limit_stays_where_it_is()
        {
            var limit = new AdaptiveLimit(16, adaptive: true);
            Assert.Null(limit.Answered(Page, Fastest, 4, 4, 4, _now += Fastest));

            LimitDecision first = Round(limit, FarStore);

            Assert.Equal(AdaptiveLimit.Start, first.Limit);
            Assert.Contains("no answer came alone to compare with: staying", first.Reason);
        }

        [Fact]
        public void Rounds_of_another_kind_are_measured_afresh_from_where_the_limit_is()
        {
            AdaptiveLimit limit = Fresh();
            Assert.Equal(new[] { 8, 16, 16 }, Rounds(limit, FarStore, 3));
            const string batch = "POST /wp-json/wc/v3/products/batch ~200000 B";
            Assert.Null(limit.Answered(batch, 5 * Fastest, 16, 16, 16, _now += 5 * Fastest));

            LimitDecision decision = Round(limit, _ => 5, kind: batch);

            Assert.Equal(16, decision.Limit);
            Assert.Equal("another kind of request: measuring it afresh", decision.Reason);
        }

        [Fact]
        public void Each_kind_of_request_is_compared_with_its_own_fastest_answer()
        {
            AdaptiveLimit limit = Fresh();
            const string batch = "POST /wp-json/wc/v3/products/batch ~200000 B";
            Assert.Null(limit.Answered(batch, 5 * Fastest, 1, 1, 4, _now += 5 * Fastest));

            // Batches take five times as long as pages, at every limit: as a far store's, their answers do not slow down.
            LimitDecision decision = Round(limit, _ => 5, kind: batch);

            Assert.Equal(8, decision.Limit);
        }
    }
}
