using System;

namespace WooPS.Core.Auth
{
    /// <summary>What a store's answer says about the credentials a request carried.</summary>
    internal enum AuthVerdict
    {
        /// <summary>The key was recognised: a success, or an answer only an authenticated caller gets (its permission, its user's capability).</summary>
        Accepted,
        /// <summary>Says nothing about the credentials (a redirect, a missing object, a busy or broken server): WooCommerce answers these to anyone.</summary>
        Inconclusive,
        /// <summary>Answered as if no credentials arrived: an unknown key, or a host that lost them on the way.</summary>
        Anonymous,
        /// <summary>The OAuth signature did not match: a wrong secret, or signed for another address than WordPress believes it serves.</summary>
        SignatureRejected,
        /// <summary>A definite no about these credentials (wrong secret, unknown key over OAuth, clock, nonce).</summary>
        Rejected,
    }

    internal static class AuthVerdicts
    {
        public const string AuthenticationError = "woocommerce_rest_authentication_error";

        public static AuthVerdict Of(int status, string? code, string? message)
        {
            if (status >= 200 && status < 300)
            {
                return AuthVerdict.Accepted;
            }

            if (status == 403 && code != null)
            {
                // WordPress answers 401 to anonymous callers and 403 to authenticated ones it refuses.
                return AuthVerdict.Accepted;
            }

            if (status != 401)
            {
                return AuthVerdict.Inconclusive;
            }

            if (code != null && code.StartsWith("woocommerce_rest_cannot_", StringComparison.Ordinal))
            {
                return AuthVerdict.Anonymous;
            }

            if (code == AuthenticationError && message != null)
            {
                if (IsPermissionAnswer(message))
                {
                    return AuthVerdict.Accepted;
                }

                if (message.StartsWith("Invalid signature", StringComparison.Ordinal))
                {
                    return AuthVerdict.SignatureRejected;
                }
            }

            return AuthVerdict.Rejected;
        }

        /// <summary>"The API key provided does not have read/write permissions.": the key is real, its permission is not enough.</summary>
        public static bool IsPermissionAnswer(string message) =>
            message.StartsWith("The API key provided does not have", StringComparison.Ordinal);
    }
}
