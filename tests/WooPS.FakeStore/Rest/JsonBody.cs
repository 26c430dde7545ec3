using System.Buffers;

namespace WooPS.FakeStore.Rest;

/// <summary>
/// A REST response body, written as UTF-8 straight into the response: a body built from JSON
/// already serialized (cached products) is copied as it is, never parsed or encoded again.
/// </summary>
internal abstract class JsonBody
{
    public abstract void WriteTo(IBufferWriter<byte> output);
}
