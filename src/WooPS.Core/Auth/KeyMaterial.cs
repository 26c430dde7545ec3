using System;
using System.Runtime.InteropServices;
using System.Security;

namespace WooPS.Core.Auth
{
    /// <summary>
    /// A key and secret exactly as the user gave them, pasted white space and all: connecting cleans them
    /// up, the key test reports what needed cleaning. The secret is readable only inside the core.
    /// </summary>
    public sealed class KeyMaterial
    {
        public KeyMaterial(string? key, string? secret)
        {
            RawKey = key ?? string.Empty;
            RawSecret = secret ?? string.Empty;
        }

        public KeyMaterial(string? key, SecureString? secret)
            : this(key, Reveal(secret))
        {
        }

        internal string RawKey { get; }

        internal string RawSecret { get; }

        public override string ToString() => "(key material)";

        private static string Reveal(SecureString? secret)
        {
            if (secret is null)
            {
                return string.Empty;
            }

            IntPtr buffer = Marshal.SecureStringToGlobalAllocUnicode(secret);
            try
            {
                return Marshal.PtrToStringUni(buffer) ?? string.Empty;
            }
            finally
            {
                Marshal.ZeroFreeGlobalAllocUnicode(buffer);
            }
        }
    }
}
