using System.Management.Automation;
using WooPS.Core;

namespace WooPS.Base
{
    /// <summary>The one place an <see cref="ErrorRecord"/> is made: ID <c>Woo.&lt;code&gt;</c>, category from the code or status, the item as target.</summary>
    internal static class WooErrors
    {
        public static ErrorRecord From(WooApiException failure, object? target = null)
        {
            var record = new ErrorRecord(failure, "Woo." + failure.Code, CategoryOf(failure), target ?? failure.Target);
            if (failure.Hint != null)
            {
                record.ErrorDetails = new ErrorDetails(failure.Message) { RecommendedAction = failure.Hint };
            }

            return record;
        }

        public static ErrorRecord NoSession() => From(new WooApiException(
            "woops_no_session",
            "No store is connected in this runspace.",
            hint: "Run Connect-WooStore first, or pass -Session. (Each runspace, e.g. each ForEach-Object -Parallel block, has its own default: pass -Session $using:session there.)"));

        private static ErrorCategory CategoryOf(WooApiException failure)
        {
            switch (failure.Code)
            {
                case "woops_malformed_key":
                case "woops_invalid_url":
                case "woops_insecure_auth":
                case "woops_redirected":
                case "woops_missing_key":
                    return ErrorCategory.InvalidArgument;
                case "woops_wrong_secret":
                case "woops_unknown_key":
                case "woops_signature_rejected":
                case "woops_credentials_ignored":
                case "woops_clock_skew":
                    return ErrorCategory.AuthenticationError;
                case "woops_store_unreachable":
                case "woops_certificate_untrusted":
                    return ErrorCategory.ConnectionError;
                case "woops_timeout":
                    return ErrorCategory.OperationTimeout;
                case "woops_not_woocommerce":
                case "woops_not_json":
                case "woops_unexpected_response":
                    return ErrorCategory.InvalidResult;
                case "woops_no_session":
                case "woops_session_closed":
                    return ErrorCategory.InvalidOperation;
            }

            switch (failure.StatusCode)
            {
                case 400:
                    return ErrorCategory.InvalidArgument;
                case 401:
                    return ErrorCategory.AuthenticationError;
                case 403:
                    return ErrorCategory.PermissionDenied;
                case 404:
                case 410:
                    return ErrorCategory.ObjectNotFound;
                case 409:
                    return ErrorCategory.ResourceExists;
                case 413:
                case 429:
                    return ErrorCategory.LimitsExceeded;
                default:
                    return failure.StatusCode >= 500 ? ErrorCategory.ResourceUnavailable : ErrorCategory.NotSpecified;
            }
        }
    }
}
