using System;
using System.Runtime.InteropServices;
using System.Threading.Tasks;
using WooPS.FakeStore;
using WooPS.FakeStore.CommandLine;

// Runs the fake store as a process for Pester and the demo. Prints exactly one JSON line once
// listening, then serves until SIGTERM or SIGINT. A closed stdin does not stop it.
StoreArguments arguments;
try
{
    arguments = StoreArguments.Parse(args);
}
catch (ArgumentException problem)
{
    await Console.Error.WriteLineAsync(problem.Message);
    return 2;
}

var stopRequested = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
void RequestStop(PosixSignalContext signal)
{
    signal.Cancel = true;
    stopRequested.TrySetResult();
}
using PosixSignalRegistration terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, RequestStop);
using PosixSignalRegistration interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, RequestStop);

await using FakeStore store = await FakeStore.StartAsync(arguments.Options);
arguments.ApplyTo(store.Modes);

await Console.Out.WriteLineAsync(StartupAnnouncement.Create(store));
await Console.Out.FlushAsync();
await stopRequested.Task;
return 0;
