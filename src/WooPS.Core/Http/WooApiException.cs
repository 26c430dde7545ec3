using System;

namespace WooPS.Core
{
    /// <summary>
    /// Every failure the core reports: WooCommerce's own error (its <c>code</c>, <c>message</c> and HTTP status)
    /// or one the core diagnosed itself (codes starting with <c>woops_</c>, status 0 when no answer came).
    /// Messages never carry the consumer secret.
    /// </summary>
    public sealed class WooApiException : Exception
    {
        public WooApiException(string code, string message, int statusCode = 0, string? hint = null, Exception? innerException = null)
            : base(message, innerException)
        {
            Code = code;
            StatusCode = statusCode;
            Hint = hint;
        }

        /// <summary>WooCommerce's error code, e.g. <c>woocommerce_rest_product_invalid_id</c>.</summary>
        public string Code { get; }

        /// <summary>The HTTP status, 0 when the store did not answer.</summary>
        public int StatusCode { get; }

        /// <summary>What the user can do about it, when we know.</summary>
        public string? Hint { get; }

        /// <summary>The resource the failed request was about (an id, a SKU, a URL), when the caller knows one.</summary>
        public object? Target { get; init; }

        /// <summary>
        /// The failure is about the one item asked for (not found, already deleted, invalid or conflicting input),
        /// so a pipeline may go on with the next. Anything else (network, credentials, a failing store) would
        /// fail for every item alike.
        /// </summary>
        public bool IsAboutOneItem => StatusCode == 400 || StatusCode == 404 || StatusCode == 409 || StatusCode == 410;
    }
}
