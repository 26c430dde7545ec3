using System.Collections.Generic;
using System.Linq;
using System.Net.Sockets;
using WooPS.Core.Http;
using WooPS.Core.Json;

namespace WooPS.Core.Resources
{
    /// <summary>How a failed or partly taken write is told: about its row, and in what the store may have done.</summary>
    internal static class WriteFailures
    {
        /// <summary>
        /// The fields sent that the item came back without: WooCommerce drops some values without an error (a stock
        /// quantity where stock is not managed, a bad value in a batch), and a write must not look applied when
        /// part of it was not.
        /// </summary>
        public static IReadOnlyList<FieldChange> NotTaken(PreparedWrite write, WooRecord item) =>
            write.Changes
                .Where(change => item.TryGet(change.Name, out object? kept) && !FieldComparison.Same(change.Name, change.Value, kept))
                .Select(change => new FieldChange(change.Name, change.Value, true, item[change.Name]))
                .ToList();

        public static WooApiException ItemFailed(PreparedWrite write, WooApiException failure) =>
            failure.About(write.Row.Input ?? write.Label, $"{write.Label}: {failure.Message}");

        /// <summary>
        /// A whole batch failed: each of its rows gets the error. When the store refused it (4xx) or was never
        /// reached, nothing was written. Otherwise (a 5xx, a timeout, a broken answer) the store may have acted on
        /// it: a batch of updates was already sent again as far as the retries go; creates and deletes never are,
        /// and creates are reported as of unknown outcome, so nobody makes them twice by running the row again.
        /// </summary>
        public static WooApiException BatchFailed(PreparedWrite write, WooApiException failure, int size)
        {
            string batch = $"the batch of {size} it was in";
            object target = write.Row.Input ?? write.Label;
            if (!MayHaveBeenApplied(failure))
            {
                return failure.About(target, $"{write.Label}: not written: {batch} failed: {failure.Message}");
            }

            switch (write.Row.Action)
            {
                case WriteAction.Create:
                    return new WooApiException(
                        WooErrorCodes.OutcomeUnknown,
                        $"{write.Label}: the store may or may not have created it: {batch} failed ({failure.Message}). It was not sent again, so as not to create it twice.",
                        failure.StatusCode,
                        hint: $"Look for the {write.Resource.Singular} in the store ({(write.Resource.HasSkus ? "by SKU or name" : "by name")}) before creating it again.",
                        innerException: failure) { Target = target };
                case WriteAction.Update:
                    string again = failure.Data.Contains(RequestContext.AnswerToRepeat) ? ", also when sent again" : string.Empty;
                    return failure.About(target, $"{write.Label}: may not have been written: {batch} failed{again} ({failure.Message}).");
                default:
                    return failure.About(target, $"{write.Label}: may or may not have been deleted: {batch} failed ({failure.Message}); it was not sent again.");
            }
        }

        /// <summary>Whether the store may have acted on a request that failed: not when it refused it (4xx) or was never reached.</summary>
        public static bool MayHaveBeenApplied(WooApiException failure)
        {
            if (failure.StatusCode >= 400 && failure.StatusCode < 500)
            {
                return false;
            }

            return !(failure.GetBaseException() is SocketException socket
                     && (socket.SocketErrorCode == SocketError.ConnectionRefused || socket.SocketErrorCode == SocketError.HostNotFound));
        }

        /// <summary>The key itself was refused (no write permission, a wrong secret): every other row would fail alike.</summary>
        public static bool IsAboutTheKey(WooApiException failure) =>
            failure.Kind == WooErrorKind.AuthenticationError || failure.Kind == WooErrorKind.PermissionDenied;
    }
}
