using System.Buffers;
using System.Collections.Generic;

namespace WooPS.FakeStore.Rest;

/// <summary>
/// A JSON array whose items are already serialized: compact JSON puts nothing but "[", "," and "]"
/// around them, so the body is byte for byte what serializing the whole array would give.
/// </summary>
internal sealed class JsonArrayBody(IReadOnlyList<byte[]> items) : JsonBody
{
    public override void WriteTo(IBufferWriter<byte> output)
    {
        output.Write("["u8);
        for (int index = 0; index < items.Count; index++)
        {
            if (index > 0)
            {
                output.Write(","u8);
            }
            output.Write(items[index]);
        }
        output.Write("]"u8);
    }
}
