using System;

namespace WooPS.Core
{
    /// <summary>
    /// Every failure the core reports: WooCommerce's own error (its <c>code</c>, <c>message</c> and HTTP status)
    /// or one the core diagnosed itself (a <see cref="WooErrorCodes"/> code, status 0 when no answer came).
    /// Messages never carry the consumer secret.
    /// </summary>
    public sealed class WooApiException : Exception
    {
        /// <summary>An error WooCommerce answered with: its code, message and status.</summary>
        public WooApiException(string code, string message, int statusCode, Exception? innerException = null)
            : base(message, innerException)
        {
            Code = code;
            StatusCode = statusCode;
            Kind = WooErrorCodes.KindOfStatus(statusCode);
            IsAboutOneItem = statusCode == 400 || statusCode == 404 || statusCode == 409 || statusCode == 410;
        }

        /// <summary>A failure WooPS diagnosed itself.</summary>
        public WooApiException(WooErrorCode code, string message, int statusCode = 0, string? hint = null, Exception? innerException = null)
            : base(message, innerException)
        {
            Code = code.Code;
            StatusCode = statusCode;
            Hint = hint;
            Kind = code.Kind;
            IsAboutOneItem = code.AboutOneItem;
        }

        /// <summary>WooCommerce's error code, e.g. <c>woocommerce_rest_product_invalid_id</c>, or one of <see cref="WooErrorCodes"/>.</summary>
        public string Code { get; }

        /// <summary>The HTTP status, 0 when the store did not answer.</summary>
        public int StatusCode { get; }

        /// <summary>What the user can do about it, when we know.</summary>
        public string? Hint { get; }

        public WooErrorKind Kind { get; }

        /// <summary>The resource the failed request was about (an id, a SKU, a URL), when the caller knows one.</summary>
        public object? Target { get; init; }

        /// <summary>
        /// The failure is about the one item asked for (not found, already deleted, invalid or conflicting input),
        /// so a pipeline may go on with the next. Anything else (network, credentials, a failing store) would
        /// fail for every item alike.
        /// </summary>
        public bool IsAboutOneItem { get; }

        /// <summary>The same failure told about one item: its message and target, code and status kept.</summary>
        internal WooApiException About(object target, string message) =>
            WooErrorCodes.Find(Code) is WooErrorCode own
                ? new WooApiException(own, message, StatusCode, Hint, this) { Target = target }
                : new WooApiException(Code, message, StatusCode, this) { Target = target };
    }
}
