using WooPS.FakeStore.Auth;

namespace WooPS.FakeStore.Rest;

/// <summary>A routed REST request: how it is judged, who sent it, and the route's id values.</summary>
internal sealed record RestRequest(
    JudgedRequest Judged,
    FakeKey? Key,
    long RouteId,
    string Body,
    string? ContentType)
{
    public bool IsAuthenticated => Key is not null;
}
