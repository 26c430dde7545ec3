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
        public static WooApiException Explain(WooApiException failure, StoreAddress address, ConsumerCredential credential)
        {
            string key = credential.KeyEnding;
            string store = address.ToString();
            WooApiException Diagnosed(WooErrorCode code, string message, string hint) =>
                new WooApiException(code, message, failure.StatusCode, hint, failure) { Target = store };
            WooApiException Advised(WooErrorCode code, (string Message, string Hint) advice) => Diagnosed(code, advice.Message, advice.Hint);

            switch (AuthAnswers.Classify(failure))
            {
                case AuthAnswer.WrongSecret:
                    return Advised(WooErrorCodes.WrongSecret, KeyAdvice.WrongSecret(store, key));
                case AuthAnswer.UnknownKey:
                    return Advised(WooErrorCodes.UnknownKey, KeyAdvice.UnknownKey(store, key));
                case AuthAnswer.SignatureRejected:
                    return Diagnosed(WooErrorCodes.SignatureRejected,
                        $"{store} knows the consumer key {key} but rejected the OAuth signature: the consumer secret is wrong, or a proxy in front of the store changes the address WordPress sees.",
                        "Paste the secret (cs_…) again; if it is right, ask the host how requests reach WordPress (scheme, host name and port).");
                case AuthAnswer.StaleTimestamp:
                    return Advised(WooErrorCodes.ClockSkew, KeyAdvice.ClockSkew(store, null, DateTimeOffset.UtcNow));
                case AuthAnswer.Anonymous:
                    return Diagnosed(WooErrorCodes.CredentialsIgnored,
                        $"{store} answered as if no credentials arrived ({failure.Message}) with every method tried for the key {key}.",
                        address.IsHttps
                            ? "Either the key is unknown to this store, or the credentials never reach WooCommerce. Check the key in " + KeyAdvice.KeysPage + ", and that permalinks are not set to Plain (Settings → Permalinks)."
                            : "Over http only OAuth works, and its parameters did not reach WooCommerce. Use the store's https address.");
            }

            if (failure.Code == "rest_no_route")
            {
                return Diagnosed(WooErrorCodes.NotWooCommerce,
                    $"WordPress answers at {store}, but WooCommerce's REST API ({StoreAddress.ApiVersion}) is not there.",
                    "Check that WooCommerce is installed and active on this site, and that the URL is the shop's home address.");
            }

            if (failure.Code == WooErrorCodes.NotJson.Code || failure.Code == WooErrorCodes.UnexpectedResponse.Code)
            {
                return Diagnosed(WooErrorCodes.NotWooCommerce,
                    $"{store} does not answer like a WordPress site with WooCommerce: {failure.Message}",
                    "Check the URL: it should be the WordPress site's home address (with the subdirectory, if WordPress lives in one).");
            }

            return failure;
        }
    }
}
