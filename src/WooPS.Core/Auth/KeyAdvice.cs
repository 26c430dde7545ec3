using System;

namespace WooPS.Core.Auth
{
    /// <summary>
    /// What to tell a user about a key the store refused, in one wording for the errors of connecting and
    /// the key test's findings.
    /// </summary>
    internal static class KeyAdvice
    {
        public const string KeysPage = "WooCommerce → Settings → Advanced → REST API";

        public const string CopyAgain =
            "Copy the consumer key (ck_…) and consumer secret (cs_…) again from " + KeysPage + ". The secret is shown only once, when the key is made; if it is lost, make a new key.";

        public static (string Message, string Hint) WrongSecret(string store, string key) =>
            ($"{store} knows the consumer key {key}, but the consumer secret is wrong.",
             $"Paste the secret (cs_…) again. WooCommerce shows a secret only once, when the key is made: if it is lost, make a new key in {KeysPage}.");

        public static (string Message, string Hint) UnknownKey(string store, string key) =>
            ($"{store} has no REST API key {key}.",
             $"Check the key in {KeysPage} of this store: it may have been revoked, or made on another store (staging and live have separate keys).");

        /// <param name="storeTime">The store's clock from its Date header, when the answer had one.</param>
        public static (string Message, string Hint) ClockSkew(string store, DateTimeOffset? storeTime, DateTimeOffset now)
        {
            string difference = "this computer's clock and the store's differ by more than WooCommerce's 15 minutes";
            if (storeTime is DateTimeOffset then)
            {
                TimeSpan skew = now - then;
                difference = $"this computer's clock is {Math.Round(skew.Duration().TotalMinutes):0} min {(skew > TimeSpan.Zero ? "ahead of" : "behind")} the store's (its Date header says {then.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC); WooCommerce allows 15 minutes";
            }

            return ($"{store} rejected the request's time: {difference}.",
                "Set this computer's clock right (NTP: 'timedatectl set-ntp true' on Linux, 'w32tm /resync' on Windows). Over https, Basic authentication does not depend on the clock.");
        }
    }
}
