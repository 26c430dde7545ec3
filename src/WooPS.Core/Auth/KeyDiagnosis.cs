using System;
using WooPS.Core.Http;

namespace WooPS.Core.Auth
{
    /// <summary>
    /// Turns the store's answer to a key check into what went wrong and what to do about it. WooCommerce answers
    /// an unknown key and missing credentials the same way, so the words depend on how the key was sent.
    /// </summary>
    internal static class KeyDiagnosis
    {
        private const string KeysPage = "WooCommerce → Settings → Advanced → REST API";

        public static WooApiException Explain(WooApiException failure, StoreAddress address, ConsumerCredential credential)
        {
            string key = credential.KeyEnding;
            string store = address.ToString();
            WooApiException Diagnosed(string code, string message, string hint) =>
                new WooApiException(code, message, failure.StatusCode, hint, failure) { Target = store };

            if (failure.Code == AuthVerdicts.AuthenticationError)
            {
                if (failure.Message == "Consumer secret is invalid.")
                {
                    return Diagnosed("woops_wrong_secret",
                        $"{store} knows the consumer key {key}, but the consumer secret is wrong.",
                        $"Paste the secret (cs_…) again. WooCommerce shows a secret only once, when the key is made: if it is lost, make a new key in {KeysPage}.");
                }

                if (failure.Message == "Consumer key is invalid.")
                {
                    return Diagnosed("woops_unknown_key",
                        $"{store} has no REST API key {key}.",
                        $"Check the key in {KeysPage} of this store: it may have been revoked, or made on another store (staging and live have separate keys).");
                }

                if (failure.Message.StartsWith("Invalid signature", StringComparison.Ordinal))
                {
                    return Diagnosed("woops_signature_rejected",
                        $"{store} knows the consumer key {key} but rejected the OAuth signature: the consumer secret is wrong, or a proxy in front of the store changes the address WordPress sees.",
                        "Paste the secret (cs_…) again; if it is right, ask the host how requests reach WordPress (scheme, host name and port).");
                }

                if (failure.Message == "Invalid timestamp.")
                {
                    return Diagnosed("woops_clock_skew",
                        $"{store} rejected the request's time: this computer's clock and the store's differ by more than WooCommerce's 15 minutes.",
                        "Set this computer's clock right (NTP), or use the store's https address, where Basic authentication does not depend on the clock.");
                }
            }

            if (failure.Code.StartsWith("woocommerce_rest_cannot_", StringComparison.Ordinal))
            {
                return Diagnosed("woops_credentials_ignored",
                    $"{store} answered as if no credentials arrived ({failure.Message}) with every method tried for the key {key}.",
                    address.IsHttps
                        ? "Either the key is unknown to this store, or the credentials never reach WooCommerce. Check the key in " + KeysPage + ", and that permalinks are not set to Plain (Settings → Permalinks)."
                        : "Over http only OAuth works, and its parameters did not reach WooCommerce. Use the store's https address.");
            }

            if (failure.Code == "rest_no_route")
            {
                return Diagnosed("woops_not_woocommerce",
                    $"WordPress answers at {store}, but WooCommerce's REST API ({StoreAddress.ApiVersion}) is not there.",
                    "Check that WooCommerce is installed and active on this site, and that the URL is the shop's home address.");
            }

            if (failure.Code == "woops_not_json" || failure.Code == "woops_unexpected_response")
            {
                return Diagnosed("woops_not_woocommerce",
                    $"{store} does not answer like a WordPress site with WooCommerce: {failure.Message}",
                    "Check the URL: it should be the WordPress site's home address (with the subdirectory, if WordPress lives in one).");
            }

            return failure;
        }
    }
}
