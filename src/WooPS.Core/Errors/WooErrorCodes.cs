using System.Collections.Generic;
using System.Linq;

namespace WooPS.Core
{
    /// <summary>
    /// Every error code WooPS makes itself, in one place, with its kind. WooCommerce's own codes are not listed:
    /// their kind follows from the HTTP status they came with.
    /// </summary>
    public static class WooErrorCodes
    {
        // The address or the key cannot be used as given.
        public static readonly WooErrorCode InvalidUrl = new WooErrorCode("woops_invalid_url", WooErrorKind.InvalidArgument);
        public static readonly WooErrorCode MalformedKey = new WooErrorCode("woops_malformed_key", WooErrorKind.InvalidArgument);
        public static readonly WooErrorCode MissingKey = new WooErrorCode("woops_missing_key", WooErrorKind.InvalidArgument);
        public static readonly WooErrorCode InsecureAuth = new WooErrorCode("woops_insecure_auth", WooErrorKind.InvalidArgument);
        public static readonly WooErrorCode Redirected = new WooErrorCode("woops_redirected", WooErrorKind.InvalidArgument);

        // The store refused the key.
        public static readonly WooErrorCode WrongSecret = new WooErrorCode("woops_wrong_secret", WooErrorKind.AuthenticationError);
        public static readonly WooErrorCode UnknownKey = new WooErrorCode("woops_unknown_key", WooErrorKind.AuthenticationError);
        public static readonly WooErrorCode SignatureRejected = new WooErrorCode("woops_signature_rejected", WooErrorKind.AuthenticationError);
        public static readonly WooErrorCode CredentialsIgnored = new WooErrorCode("woops_credentials_ignored", WooErrorKind.AuthenticationError);
        public static readonly WooErrorCode ClockSkew = new WooErrorCode("woops_clock_skew", WooErrorKind.AuthenticationError);

        // No usable answer came.
        public static readonly WooErrorCode StoreUnreachable = new WooErrorCode("woops_store_unreachable", WooErrorKind.ConnectionError);
        public static readonly WooErrorCode CertificateUntrusted = new WooErrorCode("woops_certificate_untrusted", WooErrorKind.ConnectionError);
        public static readonly WooErrorCode Timeout = new WooErrorCode("woops_timeout", WooErrorKind.OperationTimeout);
        public static readonly WooErrorCode AnswerCutShort = new WooErrorCode("woops_answer_cut_short", WooErrorKind.InvalidResult);
        public static readonly WooErrorCode NotWooCommerce = new WooErrorCode("woops_not_woocommerce", WooErrorKind.InvalidResult);
        public static readonly WooErrorCode NotJson = new WooErrorCode("woops_not_json", WooErrorKind.InvalidResult);
        public static readonly WooErrorCode UnexpectedResponse = new WooErrorCode("woops_unexpected_response", WooErrorKind.InvalidResult);

        /// <summary>One item of an answer could not be read; the others could.</summary>
        public static readonly WooErrorCode UnreadableItem = new WooErrorCode("woops_unreadable_item", WooErrorKind.InvalidResult, aboutOneItem: true);

        /// <summary>A write was sent and its answer lost: the store may or may not have done it.</summary>
        public static readonly WooErrorCode OutcomeUnknown = new WooErrorCode("woops_outcome_unknown", WooErrorKind.InvalidResult, aboutOneItem: true);

        /// <summary>A create whose answer was lost, looked up by its key afterwards and not found: the store did not make it.</summary>
        public static readonly WooErrorCode NotCreated = new WooErrorCode("woops_not_created", WooErrorKind.InvalidResult, aboutOneItem: true);

        /// <summary>A delete whose answer was lost, looked up by its id afterwards and still there: the store did not delete it.</summary>
        public static readonly WooErrorCode NotDeleted = new WooErrorCode("woops_not_deleted", WooErrorKind.InvalidResult, aboutOneItem: true);

        /// <summary>A row taken by a write that was never sent: the command ended first.</summary>
        public static readonly WooErrorCode NotSent = new WooErrorCode("woops_not_sent", WooErrorKind.OperationStopped, aboutOneItem: true);

        // Something asked for by name is not in the store.
        public static readonly WooErrorCode TermNotFound = new WooErrorCode("woops_term_not_found", WooErrorKind.ObjectNotFound, aboutOneItem: true);
        public static readonly WooErrorCode SkuNotFound = new WooErrorCode("woops_sku_not_found", WooErrorKind.ObjectNotFound, aboutOneItem: true);
        public static readonly WooErrorCode CodeNotFound = new WooErrorCode("woops_code_not_found", WooErrorKind.ObjectNotFound, aboutOneItem: true);
        public static readonly WooErrorCode EmailNotFound = new WooErrorCode("woops_email_not_found", WooErrorKind.ObjectNotFound, aboutOneItem: true);

        /// <summary>A SKU, code or e-mail that two items share: which one is meant cannot be told.</summary>
        public static readonly WooErrorCode AmbiguousKey = new WooErrorCode("woops_ambiguous_key", WooErrorKind.InvalidData, aboutOneItem: true);

        /// <summary>An input that names nothing this command works on (another kind of object, a row without an id).</summary>
        public static readonly WooErrorCode WrongInput = new WooErrorCode("woops_wrong_input", WooErrorKind.InvalidArgument, aboutOneItem: true);

        // The session cannot be used.
        public static readonly WooErrorCode NoSession = new WooErrorCode("woops_no_session", WooErrorKind.InvalidOperation);
        public static readonly WooErrorCode SessionClosed = new WooErrorCode("woops_session_closed", WooErrorKind.InvalidOperation);

        private static readonly Dictionary<string, WooErrorCode> ByCode = typeof(WooErrorCodes)
            .GetFields()
            .Select(field => field.GetValue(null))
            .OfType<WooErrorCode>()
            .ToDictionary(code => code.Code);

        /// <summary>WooPS's own code of that name, or null for a code WooCommerce made.</summary>
        public static WooErrorCode? Find(string code) => ByCode.TryGetValue(code, out WooErrorCode? found) ? found : null;

        /// <summary>The kind of an error WooCommerce answered with, from its HTTP status.</summary>
        internal static WooErrorKind KindOfStatus(int status)
        {
            switch (status)
            {
                case 400:
                    return WooErrorKind.InvalidArgument;
                case 401:
                    return WooErrorKind.AuthenticationError;
                case 403:
                    return WooErrorKind.PermissionDenied;
                case 404:
                case 410:
                    return WooErrorKind.ObjectNotFound;
                case 409:
                    return WooErrorKind.ResourceExists;
                case 413:
                case 429:
                    return WooErrorKind.LimitsExceeded;
                default:
                    return status >= 500 ? WooErrorKind.ResourceUnavailable : WooErrorKind.NotSpecified;
            }
        }
    }
}
