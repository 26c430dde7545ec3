using System.Security.Cryptography;
using System.Text;

namespace WooPS.FakeStore.Php;

internal static class PhpHash
{
    /// <summary>PHP hash_equals: a comparison whose time does not depend on where the strings differ.</summary>
    public static bool HashEquals(string known, string provided) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(known), Encoding.UTF8.GetBytes(provided));
}
