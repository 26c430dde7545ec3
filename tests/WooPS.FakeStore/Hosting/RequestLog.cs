using System.Collections.Generic;

namespace WooPS.FakeStore.Hosting;

/// <summary>Every request the store received, in arrival order of completion; thread-safe.</summary>
internal sealed class RequestLog
{
    private readonly List<RecordedRequest> _requests = [];

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
        }
    }
}
