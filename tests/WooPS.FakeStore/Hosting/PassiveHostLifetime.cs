using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;

namespace WooPS.FakeStore.Hosting;

/// <summary>
/// A host lifetime that hooks no console signals: the store may run inside a test process, so
/// only its owner (DisposeAsync, or Program on SIGTERM/SIGINT) stops it.
/// </summary>
internal sealed class PassiveHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
