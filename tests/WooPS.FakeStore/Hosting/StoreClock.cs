using System;

namespace WooPS.FakeStore.Hosting;

/// <summary>The store's clock: the real one shifted by <see cref="FakeStoreModes.ClockOffset"/>, read afresh each time.</summary>
internal sealed class StoreClock(FakeStoreModes modes) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => TimeProvider.System.GetUtcNow() + modes.ClockOffset;
}
