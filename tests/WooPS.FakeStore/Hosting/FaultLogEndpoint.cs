using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace WooPS.FakeStore.Hosting;

/// <summary>
/// GET /__fakestore/faults: what the fault mode did (<see cref="FaultCounts"/>), for test harnesses in
/// another process (Pester), as xunit reads FakeStore.FaultCounts:
/// {"total":3,"unavailable":1,"gateway_timeout_after_write":1,"connection_aborted":1,
/// "applied_writes":{"PUT /wp-json/wc/v3/products/10":2}}. Never faulted, never recorded.
/// </summary>
internal static class FaultLogEndpoint
{
    public const string Path = "/__fakestore/faults";

    public static Task WriteAsync(HttpContext context, FaultLedger ledger)
    {
        FaultCounts counts = ledger.Snapshot();
        var answer = new Dictionary<string, object> { ["total"] = counts.Total };
        foreach ((FaultKind kind, int count) in counts.ByKind.OrderBy(pair => pair.Key))
        {
            answer[JsonNamingPolicy.SnakeCaseLower.ConvertName(kind.ToString())] = count;
        }
        answer["applied_writes"] = counts.AppliedWrites;
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(JsonSerializer.Serialize(answer));
    }
}
