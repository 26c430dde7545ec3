using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using WooPS.Core;
using WooPS.Core.Resources.Writes;

namespace WooPS.Errors
{
    /// <summary>
    /// What to do about a failure, in the words of this module's cmdlets and parameters, which the core does not
    /// know. A write's failure carries its row's item type, id, key and action (in the exception's Data), so the
    /// advice names them instead of placeholders. Null leaves the core's own hint.
    /// </summary>
    internal static class PowerShellAdvice
    {
        // Which cmdlet gets the items of a type, its parameter for their natural key, and for items inside another
        // (an order's notes) the parameter that names the parent.
        private static readonly Dictionary<string, (string Cmdlet, string? KeyParameter, string? ParentParameter)> GetterOf = new Dictionary<string, (string, string?, string?)>
        {
            ["WooPS.Product"] = ("Get-WooProduct", "-Sku", null),
            ["WooPS.ProductVariation"] = ("Get-WooProduct", "-Sku", null),
            ["WooPS.ProductCategory"] = ("Get-WooProductCategory", null, null),
            ["WooPS.ProductTag"] = ("Get-WooProductTag", null, null),
            ["WooPS.ProductAttributeTerm"] = ("Get-WooProductAttributeTerm", null, null),
            ["WooPS.Coupon"] = ("Get-WooCoupon", "-Code", null),
            ["WooPS.Customer"] = ("Get-WooCustomer", "-Email", null),
            ["WooPS.Order"] = ("Get-WooOrder", null, null),
            ["WooPS.OrderNote"] = ("Get-WooOrderNote", null, "-OrderId"),
        };

        private static readonly Dictionary<WooErrorCode, Func<WooApiException, string?>> ByCode = new Dictionary<WooErrorCode, Func<WooApiException, string?>>
        {
            [WooErrorCodes.Timeout] = failure => IsWrite(failure)
                ? "A slow store or a large batch: allow more time with Connect-WooStore -TimeoutSec, or send smaller batches with -BatchSize."
                : "A slow store or a large page: allow more time with Connect-WooStore -TimeoutSec, or ask for smaller pages with -PageSize.",
            [WooErrorCodes.AnswerCutShort] = failure => failure.Hint + (IsWrite(failure) ? " Send smaller batches with -BatchSize." : " Ask for smaller pages with -PageSize."),
            [WooErrorCodes.CertificateUntrusted] = _ => "The store's certificate is not trusted by this machine (self-signed, expired or for another name). For a test store, -SkipCertificateCheck skips the check; never use it for a real shop.",
            [WooErrorCodes.InsecureAuth] = _ => "Use the store's https address, or -AuthMethod OAuth1 (Auto picks it over http): OAuth signs each request and the secret never travels.",
            [WooErrorCodes.SessionClosed] = _ => "Connect again with Connect-WooStore.",
            [WooErrorCodes.Redirected] = failure => failure.Data["NewAddress"] is string address
                ? $"Connect with -Url {address}: WooPS does not follow redirects, which would turn a POST into a GET and drop the credentials."
                : null,
            [WooErrorCodes.OutcomeUnknown] = InDoubt,
            [WooErrorCodes.NotSent] = failure => Action(failure) == WriteAction.Update
                ? "Run the row again: with -SkipUnchanged, what is already as given is left alone."
                : "Run the row again.",
            [WooErrorCodes.NotCreated] = _ => "Run the row again.",
            [WooErrorCodes.NotDeleted] = _ => "Run the row again.",
            [WooErrorCodes.AmbiguousKey] = failure => $"Name the item by its id instead (the message names each with its id), or give the {KeyNoun(failure)} to one of them only.",
            [WooErrorCodes.TermNotFound] = failure => failure.Data["TypeName"] is string typeName && GetterOf.TryGetValue(typeName, out var getter)
                ? $"List them with {getter.Cmdlet} (-Search takes part of a name), or give the id."
                : null,
        };

        // WooCommerce's own codes, where what to do next is a WooPS command.
        private static readonly Dictionary<string, Func<WooApiException, string?>> ByStoreCode = new Dictionary<string, Func<WooApiException, string?>>
        {
            ["woocommerce_rest_already_trashed"] = failure =>
                $"It is in the trash already. To delete it for good: {Remover(failure)} -Id {Id(failure)} -Permanent. To take it out of the trash, set its status again ({Remover(failure).Replace("Remove-", "Set-")} -Id {Id(failure)} -Status publish).",
            ["product_invalid_sku"] = failure => $"Another product or variation has this SKU (SKUs are unique across both). Find it with Get-WooProduct -Sku '{Key(failure, "<sku>")}'.",
            ["woocommerce_rest_product_not_created"] = failure => $"A product in the trash keeps its SKU until it is deleted for good: find it with Get-WooProduct -Status trash -Sku '{Key(failure, "<sku>")}', then Remove-WooProduct -Permanent or take it out of the trash.",
            ["woocommerce_rest_coupon_code_already_exists"] = failure => $"Another coupon has this code (codes are compared in lower case). Find it with Get-WooCoupon -Code '{Key(failure, "<code>")}'.",
            ["rest_forbidden"] = _ => "The store (or a security plugin in front of it) refused the request. Check the key with Test-WooKey -Permission ReadWrite; if it passes, look at the plugin's log for the blocked request.",
            ["registration-error-email-exists"] = failure => $"Another customer (or WordPress user) has this e-mail address. Find it with Get-WooCustomer -Email '{Key(failure, "<email>")}' (it may be a WordPress user of another role: an administrator, a shop manager).",
        };

        public static string? For(WooApiException failure) =>
            WooErrorCodes.Find(failure.Code) is WooErrorCode code
                ? ByCode.TryGetValue(code, out Func<WooApiException, string?>? advise) ? advise(failure) : null
                : ByStoreCode.TryGetValue(failure.Code, out Func<WooApiException, string?>? storeAdvice) ? storeAdvice(failure) : null;

        /// <summary>What to do with the rows a write left in doubt or unsent, at an early end.</summary>
        public static string AfterEarlyEnd(IReadOnlyList<WriteRow> rows)
        {
            var advice = new List<string> { "Run the rows in doubt and not sent again" };
            if (rows.Any(row => row.Action == WriteAction.Update))
            {
                advice.Add("updates are safe to send twice, and with -SkipUnchanged only what still differs is sent");
            }

            if (rows.Any(row => row.Action == WriteAction.Create && row.Outcome == RowOutcome.InDoubt))
            {
                advice.Add("for a create in doubt, look for the item first (by its SKU, code or e-mail) so as not to make it twice");
            }

            if (rows.Any(row => row.Action == WriteAction.Delete && row.Outcome == RowOutcome.InDoubt))
            {
                advice.Add("for a delete in doubt, check whether the item still exists");
            }

            return string.Join("; ", advice) + ".";
        }

        private static string? InDoubt(WooApiException failure)
        {
            switch (Action(failure))
            {
                case WriteAction.Create:
                    return $"Look for it before creating it again: {Finder(failure)}.";
                case WriteAction.Update:
                    return "Running the row again is safe: with -SkipUnchanged only what still differs is sent.";
                default:
                    return $"Check whether it still exists: {Getter(failure)}{InParent(failure)} -Id {Id(failure)} (an error saying there is none means it was deleted).";
            }
        }

        private static bool IsWrite(WooApiException failure) => failure.Data.Contains("Action");

        private static WriteAction? Action(WooApiException failure) =>
            failure.Data["Action"] is string action && Enum.TryParse(action, out WriteAction parsed) ? parsed : (WriteAction?)null;

        private static string Id(WooApiException failure) =>
            failure.Data["Id"] is long id ? id.ToString(CultureInfo.InvariantCulture) : "<id>";

        private static string Key(WooApiException failure, string placeholder) => failure.Data["Key"] as string ?? placeholder;

        private static string KeyNoun(WooApiException failure) => Getter(failure) == "Get-WooCoupon" ? "code" : Getter(failure) == "Get-WooCustomer" ? "e-mail address" : "SKU";

        private static string Getter(WooApiException failure) =>
            failure.Data["TypeName"] is string typeName && GetterOf.TryGetValue(typeName, out var getter) ? getter.Cmdlet : "Get-WooProduct";

        private static string Remover(WooApiException failure) =>
            failure.Data["TypeName"] as string == "WooPS.ProductVariation" ? "Remove-WooProductVariation" : Getter(failure).Replace("Get-", "Remove-");

        /// <summary>" -OrderId 59": the parent of an item inside another, as its getter takes it; empty elsewhere.</summary>
        private static string InParent(WooApiException failure) =>
            failure.Data["TypeName"] is string typeName && GetterOf.TryGetValue(typeName, out var getter) && getter.ParentParameter != null
                ? $" {getter.ParentParameter} {(failure.Data["ParentId"] is long parent ? parent.ToString(CultureInfo.InvariantCulture) : "<id>")}"
                : string.Empty;

        /// <summary>"Get-WooProduct -Sku 'A-1'", the getter of the parent's items ("Get-WooOrderNote -OrderId 59"), or the getter with -Search where the item has no key.</summary>
        private static string Finder(WooApiException failure) =>
            failure.Data["TypeName"] is string typeName && GetterOf.TryGetValue(typeName, out var getter) && getter.KeyParameter != null && failure.Data["Key"] is string key
                ? $"{getter.Cmdlet} {getter.KeyParameter} '{key}'"
                : InParent(failure) is string parent && parent.Length > 0
                    ? Getter(failure) + parent
                    : $"{Getter(failure)} -Search '{failure.Data["Name"] as string ?? "<name>"}'";
    }
}
