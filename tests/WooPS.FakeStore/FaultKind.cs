namespace WooPS.FakeStore;

/// <summary>The ways a request fails under <see cref="FakeStoreModes.Faults"/>.</summary>
public enum FaultKind
{
    /// <summary>nginx answers 503 with its "503 Service Temporarily Unavailable" page; nothing is done.</summary>
    Unavailable,

    /// <summary>
    /// Writes only: WordPress carries the write out, then nginx answers 504 with its "504 Gateway
    /// Time-out" page, as when PHP takes longer than nginx waits. A client that sends it again writes twice.
    /// </summary>
    GatewayTimeoutAfterWrite,

    /// <summary>The connection is closed without an answer (as nginx's 444); nothing is done.</summary>
    ConnectionAborted,
}
