using System;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace WooPS.FakeStore.Rest;

/// <summary>JSON as PHP's json_encode writes it for WordPress: compact, '/' escaped as "\/", HTML left alone.</summary>
internal static class PhpJson
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The UTF-8 bytes that go on the wire.</summary>
    public static byte[] SerializeToUtf8(JsonNode node)
    {
        byte[] json = JsonSerializer.SerializeToUtf8Bytes(node, Options);
        // '/' never appears in JSON outside strings, nor inside a multi-byte UTF-8 character, so
        // escaping every '/' byte is exact.
        ReadOnlySpan<byte> rest = json;
        byte[] escaped = new byte[json.Length + rest.Count((byte)'/')];
        Span<byte> output = escaped;
        for (int slash = rest.IndexOf((byte)'/'); slash >= 0; slash = rest.IndexOf((byte)'/'))
        {
            rest[..slash].CopyTo(output);
            "\\/"u8.CopyTo(output[slash..]);
            output = output[(slash + 2)..];
            rest = rest[(slash + 1)..];
        }
        rest.CopyTo(output);
        return escaped;
    }
}
