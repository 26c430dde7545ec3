using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using WooPS.Core.Http;

namespace WooPS.Tests.Concurrency
{
    /// <summary>The session's gate: how many go out, in which order, and the pause a Retry-After asks for. No test waits for a length of time.</summary>
    public class InFlightGateTests
    {
        private static InFlightGate Gate(int max, bool adaptive = false) => new InFlightGate(new AdaptiveLimit(max, adaptive), TimeSpan.FromSeconds(60));

        [Fact]
        public async Task No_more_than_the_limit_go_out_and_the_others_go_in_the_order_they_came()
        {
            InFlightGate gate = Gate(2);
            InFlightGate.Slot first = await gate.EnterAsync(default);
            InFlightGate.Slot second = await gate.EnterAsync(default);
            Task<InFlightGate.Slot> third = gate.EnterAsync(default);
            Task<InFlightGate.Slot> fourth = gate.EnterAsync(default);

            Assert.False(third.IsCompleted);
            Assert.False(fourth.IsCompleted);
            first.Dispose();
            InFlightGate.Slot thirdSlot = await third;
            Assert.False(fourth.IsCompleted);
            Assert.Equal(2, thirdSlot.InFlight);
            second.Dispose();
            (await fourth).Dispose();
            thirdSlot.Dispose();
            thirdSlot.Dispose(); // Freed once only.

            using InFlightGate.Slot again = await gate.EnterAsync(default);
            Assert.Equal(1, again.InFlight);
        }

        [Fact]
        public async Task A_request_counts_how_many_were_in_flight_with_it_on_average_over_its_time()
        {
            double now = 0;
            var gate = new InFlightGate(new AdaptiveLimit(4, adaptive: true), TimeSpan.FromSeconds(60), () => now);
            using InFlightGate.Slot first = await gate.EnterAsync(default);
            now = 100;
            InFlightGate.Slot second = await gate.EnterAsync(default);
            InFlightGate.Slot third = await gate.EnterAsync(default);
            now = 150;
            second.Dispose();
            third.Dispose();
            now = 200;

            // 100 ms alone, 50 ms with 3 in flight, 50 ms with 1: (100 + 150 + 50) / 200.
            Assert.Equal(1.5, gate.MeanInFlight(first), 3);
            Assert.Equal(1, first.InFlight);
        }

        [Fact]
        public async Task A_waiter_that_gives_up_leaves_its_place_to_the_next()
        {
            InFlightGate gate = Gate(1);
            InFlightGate.Slot holder = await gate.EnterAsync(default);
            using var cancellation = new CancellationTokenSource();
            Task<InFlightGate.Slot> impatient = gate.EnterAsync(cancellation.Token);
            Task<InFlightGate.Slot> patient = gate.EnterAsync(default);

            cancellation.Cancel();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => impatient);
            holder.Dispose();

            using InFlightGate.Slot slot = await patient;
            Assert.Equal(1, slot.InFlight);
        }

        [Fact]
        public async Task A_waiter_handed_a_slot_by_a_cancelled_request_does_not_keep_it()
        {
            InFlightGate gate = Gate(1);
            InFlightGate.Slot holder = await gate.EnterAsync(default);
            using var cancellation = new CancellationTokenSource();
            Task<InFlightGate.Slot> waiting = gate.EnterAsync(cancellation.Token);

            // The holder leaves as the same cancellation reaches the waiter (the pager cancels them together): the
            // slot is handed to the waiter first, which must free it again rather than send.
            cancellation.Token.Register(holder.Dispose);
            await Task.Run(cancellation.Cancel);

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
            using InFlightGate.Slot next = await gate.EnterAsync(default);
            Assert.Equal(1, next.InFlight);
        }

        [Fact]
        public async Task A_Retry_After_pauses_every_request_of_the_session_until_it_passes()
        {
            InFlightGate gate = Gate(4);
            InFlightGate.Slot refused = await gate.EnterAsync(default);

            (LimitDecision? _, TimeSpan pause) = gate.Overloaded(refused, new RetryConditionHeaderValue(TimeSpan.FromSeconds(30)), "the store answered 429");
            refused.Dispose();
            using var cancellation = new CancellationTokenSource();
            Task<InFlightGate.Slot> other = gate.EnterAsync(cancellation.Token);

            Assert.Equal(TimeSpan.FromSeconds(30), pause);
            Assert.False(other.IsCompleted);
            cancellation.Cancel();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => other);
        }

        [Fact]
        public async Task A_Retry_After_longer_than_the_longest_wait_pauses_nothing()
        {
            InFlightGate gate = Gate(4);
            InFlightGate.Slot refused = await gate.EnterAsync(default);

            (LimitDecision? _, TimeSpan pause) = gate.Overloaded(refused, new RetryConditionHeaderValue(TimeSpan.FromHours(1)), "the store answered 429");
            refused.Dispose();

            Assert.Equal(TimeSpan.Zero, pause);
            using InFlightGate.Slot next = await gate.EnterAsync(default);
        }

        [Fact]
        public async Task Lowering_the_bound_while_requests_wait_lets_none_through_until_under_it()
        {
            InFlightGate gate = Gate(3);
            var slots = new List<InFlightGate.Slot> { await gate.EnterAsync(default), await gate.EnterAsync(default), await gate.EnterAsync(default) };
            Task<InFlightGate.Slot> waiting = gate.EnterAsync(default);

            gate.Max = 1;
            slots[0].Dispose();
            slots[1].Dispose();
            Assert.False(waiting.IsCompleted);
            slots[2].Dispose();

            using InFlightGate.Slot slot = await waiting;
            Assert.Equal(1, slot.InFlight);
        }
    }
}
