using System.Collections.Generic;

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
                    WooErrorCodes.MalformedKey,
                    string.Join(" ", problems),
                    hint: KeyAdvice.CopyAgain);
            }

            return new ConsumerCredential(trimmedKey, trimmedSecret);
        }

        /// <summary>The key as the user gave it, cleaned of pasted white space and checked.</summary>
        public static ConsumerCredential Create(KeyMaterial material) => Create(material.RawKey, material.RawSecret);

        public override string ToString() => KeyEnding;
    }
}
