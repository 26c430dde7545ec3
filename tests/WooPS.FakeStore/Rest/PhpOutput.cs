using System;
using System.Buffers;
using System.Text;

namespace WooPS.FakeStore.Rest;

/// <summary>
/// What PHP sends of a REST answer's body on a broken host (<see cref="FakeStoreModes"/>): a UTF-8
/// BOM from a plugin file saved with one, then a warning printed with display_errors on, before the
/// JSON; and when PHP runs out of memory half-way through a wc/v3 answer, only the JSON's first half,
/// then PHP's fatal error if asked. Status and headers stay as WordPress set them.
/// </summary>
internal sealed class PhpOutput
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    private readonly byte[] _before;
    private readonly bool _cutShort;
    private readonly byte[] _after;

    private PhpOutput(byte[] before, bool cutShort, byte[] after)
    {
        _before = before;
        _cutShort = cutShort;
        _after = after;
    }

    /// <param name="route">The REST route answered, normalized (e.g. "/wc/v3/products").</param>
    /// <param name="status">The answer's status: only a 200 to a GET is cut short.</param>
    public static PhpOutput For(FakeStoreModes modes, string method, string route, int status)
    {
        byte[] before = [.. modes.Utf8Bom ? Utf8Bom : [], .. modes.PhpNotice ? Encoding.UTF8.GetBytes(FakeStoreModes.PhpNoticeText) : []];
        bool cutShort = method == "GET" && status == 200 && IsWooRoute(route) && modes.TryTakeCutShortAnswer();
        byte[] after = cutShort && modes.CutShortWithFatalError ? Encoding.UTF8.GetBytes(FakeStoreModes.FatalErrorText) : [];
        return new PhpOutput(before, cutShort, after);
    }

    public void Write(JsonBody body, IBufferWriter<byte> output)
    {
        output.Write(_before);
        if (_cutShort)
        {
            var whole = new ArrayBufferWriter<byte>();
            body.WriteTo(whole);
            output.Write(whole.WrittenSpan[..(whole.WrittenCount / 2)]);
        }
        else
        {
            body.WriteTo(output);
        }
        output.Write(_after);
    }

    private static bool IsWooRoute(string route) =>
        route.Equals("/wc/v3", StringComparison.OrdinalIgnoreCase) || route.StartsWith("/wc/v3/", StringComparison.OrdinalIgnoreCase);
}
