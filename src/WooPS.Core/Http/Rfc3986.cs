using System.Text;

namespace WooPS.Core.Http
{
    /// <summary>
    /// Percent-encoding as PHP's rawurlencode does it (RFC 3986: only A-Z a-z 0-9 - . _ ~ stay as they are).
    /// WooCommerce re-encodes what it received this way before checking an OAuth signature, so we encode
    /// query strings exactly like this and the two sides agree byte for byte.
    /// </summary>
    internal static class Rfc3986
    {
        private const string Hex = "0123456789ABCDEF";

        public static string Encode(string value)
        {
            var builder = new StringBuilder(value.Length + 8);
            foreach (byte b in Encoding.UTF8.GetBytes(value))
            {
                if (IsUnreserved(b))
                {
                    builder.Append((char)b);
                }
                else
                {
                    builder.Append('%').Append(Hex[b >> 4]).Append(Hex[b & 0xF]);
                }
            }

            return builder.ToString();
        }

        private static bool IsUnreserved(byte b) =>
            (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b == '-' || b == '.' || b == '_' || b == '~';
    }
}
