using System.Collections.Generic;

namespace WooPS.FakeStore.Hosting;

/// <summary>
/// Every request the store answered, in order of completion, and every one that arrived (method and path), in order
/// of arrival, so a test can wait until the store has seen a request it is still working on; thread-safe.
/// </summary>
internal sealed class RequestLog
{
    private readonly List<RecordedRequest> _requests = [];
    private readonly List<string> _arrived = [];

    public IReadOnlyList<string> Arrived()
    {
        lock (_requests)
        {
            return _arrived.ToArray();
        }
    }

    public void Arrive(string methodAndPath)
    {
        lock (_requests)
        {
            _arrived.Add(methodAndPath);
        }
    }

    public IReadOnlyList<RecordedRequest> Snapshot()
    {
        lock (_requests)
        {
            return _requests.ToArray();
        }
    }

    public void Add(RecordedRequest request)
    {
        lock (_requests)
        {
            _requests.Add(request);
        }
    }

    public void Clear()
    {
        lock (_requests)
        {
            _requests.Clear();
            _arrived.Clear();
        }
    }
}
