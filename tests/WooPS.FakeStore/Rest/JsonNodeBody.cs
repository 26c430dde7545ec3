using System.Buffers;
using System.Text.Json.Nodes;

namespace WooPS.FakeStore.Rest;

/// <summary>A body that is a JSON tree, serialized as PHP would when the response is written.</summary>
internal sealed class JsonNodeBody(JsonNode node) : JsonBody
{
    public override void WriteTo(IBufferWriter<byte> output) => output.Write(PhpJson.SerializeToUtf8(node));
}
