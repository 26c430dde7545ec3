using System;
using System.Collections.Generic;
using WooPS.Core;

namespace WooPS.Base
{
    /// <summary>
    /// What to do about a failure, in the words of this module's cmdlets and parameters, which the core does not
    /// know. Null leaves the core's own hint.
    /// </summary>
    internal static class PowerShellAdvice
    {
        // Which cmdlet lists the items of a type, for "list them with …" advice.
        private static readonly Dictionary<string, string> ListedBy = new Dictionary<string, string>
        {
            ["WooPS.ProductCategory"] = "Get-WooProductCategory",
            ["WooPS.ProductTag"] = "Get-WooProductTag",
            ["WooPS.ProductAttributeTerm"] = "Get-WooProductAttributeTerm",
        };

        private static readonly Dictionary<WooErrorCode, Func<WooApiException, string?>> ByCode = new Dictionary<WooErrorCode, Func<WooApiException, string?>>
        {
            [WooErrorCodes.Timeout] = _ => "A slow store or a large page: allow more time with Connect-WooStore -TimeoutSec, or ask for smaller pages with -PageSize.",
            [WooErrorCodes.AnswerCutShort] = failure => failure.Hint + " Ask for smaller pages with -PageSize.",
            [WooErrorCodes.CertificateUntrusted] = _ => "The store's certificate is not trusted by this machine (self-signed, expired or for another name). For a test store, -SkipCertificateCheck skips the check; never use it for a real shop.",
            [WooErrorCodes.InsecureAuth] = _ => "Use the store's https address, or -AuthMethod OAuth1 (Auto picks it over http): OAuth signs each request and the secret never travels.",
            [WooErrorCodes.SessionClosed] = _ => "Connect again with Connect-WooStore.",
            [WooErrorCodes.Redirected] = failure => failure.Data["NewAddress"] is string address
                ? $"Connect with -Url {address}: WooPS does not follow redirects, which would turn a POST into a GET and drop the credentials."
                : null,
            [WooErrorCodes.OutcomeUnknown] = _ => "Look for it before creating it again: Get-WooProduct -Sku <sku> (or -Search <name>); for variations, Get-WooProductVariation -ProductId <id>; for categories and tags, their Get cmdlet with -Search.",
            [WooErrorCodes.TermNotFound] = failure => failure.Data["TypeName"] is string typeName && ListedBy.TryGetValue(typeName, out string? cmdlet)
                ? $"List them with {cmdlet} (-Search takes part of a name), or give the id."
                : null,
        };

        // WooCommerce's own codes, where what to do next is a WooPS command.
        private static readonly Dictionary<string, string> ByStoreCode = new Dictionary<string, string>
        {
            ["woocommerce_rest_already_trashed"] = "It is in the trash already. To delete it for good: Remove-WooProduct -Id <id> -Permanent (Remove-WooProductVariation for a variation). To get it back, set its status again with Set-WooProduct -Status.",
            ["product_invalid_sku"] = "Another product or variation has this SKU (SKUs are unique across both). Find it with Get-WooProduct -Sku <sku>; a product in the trash keeps its SKU until it is deleted for good.",
        };

        public static string? For(WooApiException failure) =>
            WooErrorCodes.Find(failure.Code) is WooErrorCode code
                ? ByCode.TryGetValue(code, out Func<WooApiException, string?>? advise) ? advise(failure) : null
                : ByStoreCode.TryGetValue(failure.Code, out string? advice) ? advice : null;
    }
}
