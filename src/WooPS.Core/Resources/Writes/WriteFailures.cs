using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Sockets;
using WooPS.Core.Http;
using WooPS.Core.Json;
using WooPS.Core.Resources.Fields;

namespace WooPS.Core.Resources.Writes
{
    /// <summary>
    /// How a failed, doubtful or unsent row is told: about its row (its input the target, its label in the
    /// message), with what the store may have done, and with the row's item, key and action in the exception's
    /// Data so advice can name them.
    /// </summary>
    internal static class WriteFailures
    {
        /// <summary>
        /// The fields sent that the item came back with another value: WooCommerce drops some values without an
        /// error (a stock quantity where stock is not managed, a bad value in a batch), and a write must not look
        /// applied in full when part of it was not.
        /// </summary>
        public static IReadOnlyList<FieldChange> NotTaken(WritePlan plan, WooRecord item) =>
            plan.Changes
                .Where(change => !IsWriteOnly(plan, change.Name) && item.TryGet(change.Name, out _) && !FieldComparison.SameAsItem(change.Name, change.Value, item))
                .Select(change => new FieldChange(change.Name, change.Value, item))
                .ToList();

        /// <summary>Fields sent that the item came back without at all: the store has no field of that name (a typo in -Property).</summary>
        public static IReadOnlyList<string> Ignored(WritePlan plan, WooRecord item) =>
            plan.Changes.Select(change => change.Name).Where(name => !IsWriteOnly(plan, name) && !item.TryGet(name, out _)).ToList();

        /// <summary>The store refused this row alone (its own error in a batch, or its request's).</summary>
        public static void ItemFailed(WriteRow row, WooApiException failure) =>
            row.End(RowOutcome.Failed, About(row, failure, $"{row.Label}: {failure.Message}"));

        /// <summary>The row names no item (or one two items share); the lookup's message names the id or key already.</summary>
        public static void NotFound(WriteRow row, WooApiException missing) =>
            row.End(RowOutcome.Failed, About(row, missing, missing.Message));

        /// <summary>WooPS refused the row before anything was sent.</summary>
        public static void Refused(WriteRow row, string problem) =>
            row.End(RowOutcome.Failed, About(row, new WooApiException(WooErrorCodes.WrongInput, $"{row.Label}: {problem}.") { Target = row.Target }, null));

        /// <summary>
        /// A whole request failed: each of its rows gets the error. When the store refused it (4xx) or was never
        /// reached, nothing was written. Otherwise (a 5xx, a timeout, a broken answer) the store may have acted on
        /// it: updates were already sent again as far as the retries go; creates and batch deletes never are.
        /// Those rows are in doubt.
        /// </summary>
        public static void RequestFailed(WriteRow row, WooApiException failure, int size)
        {
            string request = size > 1 ? $"the batch of {size} it was in failed" : "its request failed";
            if (!MayHaveBeenApplied(failure))
            {
                row.End(RowOutcome.Failed, About(row, failure, $"{row.Label}: not written: {request}: {failure.Message}"));
                return;
            }

            string again = failure.Data.Contains(RequestContext.AnswerToRepeat) ? ", also when sent again" : string.Empty;
            string message;
            switch (row.Action)
            {
                case WriteAction.Create:
                    message = $"{row.Label}: the store may or may not have created it: {request} ({failure.Message}). It was not sent again, so as not to create it twice.";
                    break;
                case WriteAction.Update:
                    message = $"{row.Label}: may or may not have been written: {request}{again} ({failure.Message}).";
                    break;
                default:
                    message = again.Length > 0
                        ? $"{row.Label}: may or may not have been deleted: {request}{again} ({failure.Message})."
                        : $"{row.Label}: may or may not have been deleted: {request} ({failure.Message}); it was not sent again.";
                    break;
            }

            row.End(RowOutcome.InDoubt, About(row, new WooApiException(WooErrorCodes.OutcomeUnknown, message, failure.StatusCode, innerException: failure) { Target = row.Target }, null));
        }

        /// <summary>A create whose answer was lost, and whose key no item has now: the store did not make it.</summary>
        public static void NotCreated(WriteRow row, string key)
        {
            Exception cause = row.Failure!.InnerException ?? row.Failure;
            string message = $"{row.Label}: not created: its request failed ({cause.Message.TrimEnd('.')}), and no {row.Plan!.Resource.Singular} has {row.Plan.Resource.Key!.Describe(key)} now. Running the row again is safe: the store refuses a second {row.Plan.Resource.Singular} with it.";
            row.End(RowOutcome.Failed, About(row, new WooApiException(WooErrorCodes.NotCreated, message, row.Failure.StatusCode, innerException: cause) { Target = row.Target }, null));
        }

        /// <summary>A delete whose answer was lost, and whose item is still there (outside the trash, when it was to go there): the store did not delete it.</summary>
        public static void NotDeleted(WriteRow row)
        {
            Exception cause = row.Failure!.InnerException ?? row.Failure;
            string where = !row.Force && row.Plan!.Resource.HasTrash ? ", not in the trash" : string.Empty;
            string message = $"{row.Label}: not deleted: its request failed ({cause.Message.TrimEnd('.')}), and it is still there{where}. Running the row again is safe.";
            row.End(RowOutcome.Failed, About(row, new WooApiException(WooErrorCodes.NotDeleted, message, row.Failure.StatusCode, innerException: cause) { Target = row.Target }, null));
        }

        /// <summary>The command ended before the row's answer came (sent) or before it was sent.</summary>
        public static void Stopped(WriteRow row)
        {
            if (row.Sent)
            {
                row.End(RowOutcome.InDoubt, About(row, new WooApiException(WooErrorCodes.OutcomeUnknown, $"{row.Label}: sent, but the command ended before the store answered: the store may or may not have done it.") { Target = row.Target }, null));
            }
            else
            {
                row.End(RowOutcome.NotSent, About(row, new WooApiException(WooErrorCodes.NotSent, $"{row.Label}: not sent: the command ended before it was sent.") { Target = row.Target }, null));
            }
        }

        /// <summary>A row that was never sent because the key was refused for another.</summary>
        public static void NotSentAfter(WriteRow row, WooApiException refused) =>
            row.End(RowOutcome.NotSent, About(row, new WooApiException(WooErrorCodes.NotSent, $"{row.Label}: not sent: the store refused the key for another row ({refused.Message}), which ended the command.", refused.StatusCode, innerException: refused) { Target = row.Target }, null));

        /// <summary>Whether the store may have acted on a request that failed: not when it refused it (4xx) or was never reached.</summary>
        public static bool MayHaveBeenApplied(WooApiException failure)
        {
            // A refusal (4xx) was answered before anything was done; a certificate refused means nothing was sent.
            if ((failure.StatusCode >= 400 && failure.StatusCode < 500) || failure.Code == WooErrorCodes.CertificateUntrusted.Code)
            {
                return false;
            }

            return !(failure.GetBaseException() is SocketException socket
                     && (socket.SocketErrorCode == SocketError.ConnectionRefused || socket.SocketErrorCode == SocketError.HostNotFound));
        }

        /// <summary>The key itself was refused (a wrong secret, no write permission, a security plugin): every other row would fail alike.</summary>
        public static bool IsAboutTheKey(WooApiException failure) =>
            failure.Kind == WooErrorKind.AuthenticationError || failure.Kind == WooErrorKind.PermissionDenied;

        /// <summary>
        /// The failure told about the row: its target, its message (when given; a failure WooPS made for the row
        /// says it already), and what advice needs to name the row (its type, action, id, parent, key and name).
        /// </summary>
        private static WooApiException About(WriteRow row, WooApiException failure, string? message)
        {
            WooApiException told = message != null || failure.Target == null ? failure.About(row.Target, message ?? failure.Message) : failure;
            told.Data["TypeName"] = (row.Plan?.Resource ?? row.Resource).TypeName;
            told.Data["Action"] = row.Action.ToString();
            if ((row.Plan?.Id ?? row.Id) is long id)
            {
                told.Data["Id"] = id;
            }

            if ((row.Key ?? KeyField(row)) is string key)
            {
                told.Data["Key"] = key;
            }

            WooResource resource = row.Plan?.Resource ?? row.Resource;
            if (resource.ParentId is long parent)
            {
                told.Data["ParentId"] = parent;
            }

            if (resource.NameField != null && (row.Field(resource.NameField) ?? row.Plan?.Current?[resource.NameField] ?? row.KnownName) is string name)
            {
                told.Data["Name"] = name;
            }

            return told;
        }

        private static string? KeyField(WriteRow row) =>
            row.Resource.Key is NaturalKey key ? (row.Plan?.Current == null ? null : key.ValueOf(row.Plan.Current)) ?? row.Field(key.Field) as string : null;

        private static bool IsWriteOnly(WritePlan plan, string name) => plan.Resource.Fields[name]?.WriteOnly == true;
    }
}
