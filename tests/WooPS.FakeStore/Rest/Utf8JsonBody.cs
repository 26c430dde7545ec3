using System.Buffers;

namespace WooPS.FakeStore.Rest;

/// <summary>A body whose JSON is already serialized (a cached product), sent as it is.</summary>
internal sealed class Utf8JsonBody(byte[] json) : JsonBody
{
    public override void WriteTo(IBufferWriter<byte> output) => output.Write(json);
}
