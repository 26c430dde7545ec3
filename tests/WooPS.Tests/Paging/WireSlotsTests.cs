using System;
using System.Threading;
using System.Threading.Tasks;
using WooPS.Core.Paging;

namespace WooPS.Tests.Paging
{
    /// <summary>The wire's slots against the race the pager once had, played in a fixed order.</summary>
    public class WireSlotsTests
    {
        [Fact]
        public async Task A_waiter_handed_a_slot_by_a_cancelled_request_does_not_send()
        {
            using var slots = new WireSlots(1);
            var holder = new TaskCompletionSource<bool>();
            Task held = slots.SendAsync(() => holder.Task, CancellationToken.None);
            using var cancellation = new CancellationTokenSource();
            bool sent = false;
            Task waiting = slots.SendAsync(() => { sent = true; return Task.FromResult(true); }, cancellation.Token);

            // Registered after the waiter's own registration, so it runs first when the token is cancelled: the slot
            // is freed and handed to the waiter before the waiter hears of the cancellation. Cancelled from the thread
            // pool, as the pager is, where nothing stops the holder's continuation from running inline (the test's
            // own thread has xunit's synchronization context, which would queue it).
            cancellation.Token.Register(() => holder.SetResult(true));
            await Task.Run(cancellation.Cancel);

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
            await held;
            Assert.False(sent);
        }
    }
}
