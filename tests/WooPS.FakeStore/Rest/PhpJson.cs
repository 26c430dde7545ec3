using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace WooPS.FakeStore.Rest;

/// <summary>JSON as PHP's json_encode writes it for WordPress: compact, '/' escaped as "\/", HTML left alone.</summary>
internal static class PhpJson
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Serialize(JsonNode node) =>
        // '/' never appears in JSON outside strings, so escaping every one is exact.
        node.ToJsonString(Options).Replace("/", "\\/");
}
