using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using System.Security;

namespace WooPS.Core.Auth
{
    /// <summary>
    /// A WooCommerce REST API key and its secret. The secret is only reachable from inside the core,
    /// so no view, serializer or ToString can show it.
    /// </summary>
    public sealed class ConsumerCredential
    {
        private ConsumerCredential(string key, string secret)
        {
            Key = key;
            Secret = secret;
        }

        internal string Key { get; }

        internal string Secret { get; }

        /// <summary>The key's last 7 characters, as WooCommerce's own key list shows them.</summary>
        public string KeyEnding => "…" + Key.Substring(Key.Length - 7);

        /// <summary>Trims pasted whitespace, then checks the shape; throws <see cref="WooApiException"/> naming every problem.</summary>
        public static ConsumerCredential Create(string? key, string? secret)
        {
            var trimmedKey = (key ?? string.Empty).Trim();
            var trimmedSecret = (secret ?? string.Empty).Trim();
            IReadOnlyList<string> problems = CredentialShape.Problems(trimmedKey, trimmedSecret);
            if (problems.Count > 0)
            {
                throw new WooApiException(
                    "woops_malformed_key",
                    string.Join(" ", problems),
                    hint: "Copy the consumer key (ck_…) and consumer secret (cs_…) again from WooCommerce → Settings → Advanced → REST API. The secret is shown only once, when the key is made; if it is lost, make a new key.");
            }

            return new ConsumerCredential(trimmedKey, trimmedSecret);
        }

        /// <summary>Reads a <see cref="SecureString"/> into the core without leaving a copy in unmanaged memory.</summary>
        public static ConsumerCredential Create(string? key, SecureString? secret) => Create(key, Reveal(secret));

        public override string ToString() => KeyEnding;

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
