using System.Collections.Generic;
using System.Text;

namespace WooPS.FakeStore.Php;

/// <summary>
/// PHP's URL helpers, byte for byte: WordPress builds Link headers and WooCommerce builds the
/// OAuth base string with these, so the fake store must encode exactly as they do.
/// </summary>
internal static class PhpUrlEncoding
{
    private const string HexDigits = "0123456789ABCDEF";

    /// <summary>PHP rawurlencode (RFC 3986): keeps A-Z a-z 0-9 - . _ ~, escapes everything else.</summary>
    public static string RawUrlEncode(string value) => Encode(value, spaceAsPlus: false, keepTilde: true);

    /// <summary>PHP urlencode: keeps A-Z a-z 0-9 - . _, turns a space into '+', escapes everything else (including '~').</summary>
    public static string UrlEncode(string value) => Encode(value, spaceAsPlus: true, keepTilde: false);

    /// <summary>PHP urldecode: '+' is a space and %XX is a byte; malformed escapes stay as they are.</summary>
    public static string UrlDecode(string value) => Decode(value, plusAsSpace: true);

    /// <summary>PHP rawurldecode: %XX is a byte; '+' stays '+'.</summary>
    public static string RawUrlDecode(string value) => Decode(value, plusAsSpace: false);

    private static string Encode(string value, bool spaceAsPlus, bool keepTilde)
    {
        var encoded = new StringBuilder(value.Length * 3);
        foreach (byte b in Encoding.UTF8.GetBytes(value))
        {
            char c = (char)b;
            if (IsAlphanumeric(c) || c == '-' || c == '.' || c == '_' || (keepTilde && c == '~'))
            {
                encoded.Append(c);
            }
            else if (spaceAsPlus && c == ' ')
            {
                encoded.Append('+');
            }
            else
            {
                encoded.Append('%').Append(HexDigits[b >> 4]).Append(HexDigits[b & 0xF]);
            }
        }
        return encoded.ToString();
    }

    private static string Decode(string value, bool plusAsSpace)
    {
        var bytes = new List<byte>(value.Length);
        byte[] utf8 = Encoding.UTF8.GetBytes(value);
        for (int i = 0; i < utf8.Length; i++)
        {
            byte b = utf8[i];
            if (plusAsSpace && b == (byte)'+')
            {
                bytes.Add((byte)' ');
            }
            else if (b == (byte)'%' && i + 2 < utf8.Length && TryHex(utf8[i + 1], out int high) && TryHex(utf8[i + 2], out int low))
            {
                bytes.Add((byte)((high << 4) | low));
                i += 2;
            }
            else
            {
                bytes.Add(b);
            }
        }
        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    private static bool IsAlphanumeric(char c) => c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '0' and <= '9';

    private static bool TryHex(byte b, out int value)
    {
        value = b switch
        {
            >= (byte)'0' and <= (byte)'9' => b - '0',
            >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
            >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
            _ => -1,
        };
        return value >= 0;
    }
}
