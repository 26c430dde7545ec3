using System;
using WooPS.Core.Json;

namespace WooPS.Core.Auth
{
    /// <summary>What a store said about the credentials a request carried, in the terms of WooCommerce's WC_REST_Authentication.</summary>
    internal enum AuthAnswer
    {
        /// <summary>A success.</summary>
        Accepted,
        /// <summary>Nothing about the credentials: an answer WooCommerce gives to anyone (a redirect, a missing object, a busy server).</summary>
        NotAboutKey,
        /// <summary>401 woocommerce_rest_cannot_…: no credentials arrived (an unknown key over Basic looks the same).</summary>
        Anonymous,
        /// <summary>"Consumer key is invalid." (OAuth and the query string name an unknown key).</summary>
        UnknownKey,
        /// <summary>"Consumer secret is invalid."</summary>
        WrongSecret,
        /// <summary>"Invalid signature - …": a wrong secret, or signed for an address WordPress does not believe it serves.</summary>
        SignatureRejected,
        /// <summary>"Invalid timestamp.": the clocks differ by more than 15 minutes.</summary>
        StaleTimestamp,
        /// <summary>"Invalid nonce - nonce has already been used."</summary>
        NonceReused,
        /// <summary>"The API key provided does not have read/write permissions.": a real key, without this permission.</summary>
        NoPermission,
        /// <summary>403: an authenticated caller whose WordPress user may not do this.</summary>
        UserRefused,
        /// <summary>Any other 401.</summary>
        OtherRefusal,
    }

    /// <summary>The one place WooCommerce's authentication answers are told apart, for Auto's negotiation, Connect's errors and the key test.</summary>
    internal static class AuthAnswers
    {
        private const string AuthenticationError = "woocommerce_rest_authentication_error";

        public static AuthAnswer Classify(int status, string? code, string? message)
        {
            if (status >= 200 && status < 300)
            {
                return AuthAnswer.Accepted;
            }

            if (status == 403 && code != null)
            {
                // WordPress answers 401 to anonymous callers and 403 to authenticated ones it refuses.
                return AuthAnswer.UserRefused;
            }

            if (status != 401)
            {
                return AuthAnswer.NotAboutKey;
            }

            if (code != null && code.StartsWith("woocommerce_rest_cannot_", StringComparison.Ordinal))
            {
                return AuthAnswer.Anonymous;
            }

            if (code != AuthenticationError || message == null)
            {
                return AuthAnswer.OtherRefusal;
            }

            if (message.StartsWith("The API key provided does not have", StringComparison.Ordinal))
            {
                return AuthAnswer.NoPermission;
            }

            if (message.StartsWith("Invalid signature", StringComparison.Ordinal))
            {
                return AuthAnswer.SignatureRejected;
            }

            switch (message)
            {
                case "Consumer key is invalid.":
                    return AuthAnswer.UnknownKey;
                case "Consumer secret is invalid.":
                    return AuthAnswer.WrongSecret;
                case "Invalid timestamp.":
                    return AuthAnswer.StaleTimestamp;
                default:
                    return message.StartsWith("Invalid nonce", StringComparison.Ordinal) ? AuthAnswer.NonceReused : AuthAnswer.OtherRefusal;
            }
        }

        public static AuthAnswer Classify(WooApiException failure) => Classify(failure.StatusCode, failure.Code, failure.Message);

        /// <summary>Classifies a raw answer; <paramref name="message"/> is WooCommerce's message, "" when the body holds none.</summary>
        public static AuthAnswer Classify(int status, byte[] body, out string message)
        {
            bool isError = WooJson.TryReadError(body, out string code, out message);
            return Classify(status, isError ? code : null, isError ? message : null);
        }

        public static AuthVerdict VerdictOf(AuthAnswer answer)
        {
            switch (answer)
            {
                case AuthAnswer.Accepted:
                case AuthAnswer.NoPermission:
                case AuthAnswer.UserRefused:
                    return AuthVerdict.Accepted;
                case AuthAnswer.NotAboutKey:
                    return AuthVerdict.Inconclusive;
                case AuthAnswer.Anonymous:
                    return AuthVerdict.Anonymous;
                case AuthAnswer.SignatureRejected:
                    return AuthVerdict.SignatureRejected;
                default:
                    return AuthVerdict.Rejected;
            }
        }
    }
}
