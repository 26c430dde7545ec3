using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using WooPS.Core.Http;
using WooPS.Core.Json;

namespace WooPS.Core.Diagnostics
{
    /// <summary>What the checks before the key found: whether the key can be tried at all.</summary>
    internal enum StoreApiOutcome
    {
        /// <summary>WordPress's REST API answers at /wp-json/ and lists wc/v3.</summary>
        Ready,
        /// <summary>The REST API answers only through ?rest_route=, where WooCommerce keys never authenticate.</summary>
        PlainPermalinks,
        /// <summary>The store answered, but not as WordPress's REST API with WooCommerce; the rest cannot be tested.</summary>
        Unusable,
        /// <summary>No answer came (DNS, connection, timeout): nothing about the store is known.</summary>
        Unreachable,
        /// <summary>The TLS handshake failed on the store's certificate: nothing was sent.</summary>
        CertificateRefused,
    }

    /// <summary>
    /// Checks 2–4, without credentials: the store answers (DNS, connection, TLS, no redirect), WordPress's REST
    /// API answers with JSON at /wp-json/ (or only at ?rest_route=, with Plain permalinks), and lists wc/v3.
    /// </summary>
    internal static class StoreApiCheck
    {
        public static async Task<StoreApiOutcome> RunAsync(StoreAddress address, ConnectionSettings settings, List<KeyFinding> findings, IWooLog log, CancellationToken cancellationToken)
        {
            using var anonymous = new WooConnection(address, auth: null, settings);
            RawResponse index;
            try
            {
                index = await anonymous.SendRawAsync(HttpMethod.Get, address.RestRoot, null, log, cancellationToken).ConfigureAwait(false);
            }
            catch (WooApiException unreachable)
            {
                findings.Add(new KeyFinding(KeyCheckNames.StoreReachable, FindingResult.Fail, unreachable.Message, unreachable.Hint));
                return unreachable.Code == WooErrorCodes.CertificateUntrusted.Code ? StoreApiOutcome.CertificateRefused : StoreApiOutcome.Unreachable;
            }

            if (index.IsRedirect)
            {
                RedirectAdvice advice = RedirectAdvice.For(address, index);
                findings.Add(new KeyFinding(KeyCheckNames.StoreReachable, FindingResult.Fail, advice.Message, advice.Hint));
                return StoreApiOutcome.Unusable;
            }

            findings.Add(new KeyFinding(KeyCheckNames.StoreReachable, FindingResult.Pass, $"{address} answers ({index.Status} {index.ReasonPhrase} for /wp-json/)."));

            IReadOnlyList<string>? namespaces = Namespaces(index);
            bool plain = false;
            if (namespaces == null)
            {
                RawResponse viaQuery = await anonymous.SendRawAsync(HttpMethod.Get, new Uri(address.Home.AbsoluteUri.TrimEnd('/') + "/?rest_route=/"), null, log, cancellationToken).ConfigureAwait(false);
                namespaces = Namespaces(viaQuery);
                if (namespaces == null)
                {
                    (string what, string hint) = HtmlPages.Describe(index);
                    findings.Add(new KeyFinding(KeyCheckNames.WordPressRestApi, FindingResult.Fail, $"{address}/wp-json/ answers with {what}, not WordPress's REST API.", hint));
                    return StoreApiOutcome.Unusable;
                }

                plain = true;
                findings.Add(new KeyFinding(
                    KeyCheckNames.WordPressRestApi,
                    FindingResult.Fail,
                    $"{address}/wp-json/ is not there ({index.Status}), but {address}/?rest_route=/ answers: the site uses Plain permalinks, and WooCommerce's API keys never authenticate that way.",
                    "In WordPress, Settings → Permalinks: choose any structure but Plain (Post name is common) and save."));
            }
            else
            {
                using JsonAnswer answer = JsonAnswer.Read(index.Body);
                findings.Add(answer.StrayOutput == null
                    ? new KeyFinding(KeyCheckNames.WordPressRestApi, FindingResult.Pass, $"{address}/wp-json/ answers with WordPress's REST index.")
                    : new KeyFinding(KeyCheckNames.WordPressRestApi, FindingResult.Warn,
                        $"{address}/wp-json/ answers with WordPress's REST index, but PHP prints output with it: {answer.QuotedStrayOutput}. WooPS skips it; other clients may choke on it.",
                        JsonAnswer.StrayOutputAdvice));
            }

            if (!namespaces.Contains(StoreAddress.ApiVersion))
            {
                findings.Add(new KeyFinding(
                    KeyCheckNames.WooCommerceRestApi,
                    FindingResult.Fail,
                    $"WordPress answers, but its REST API does not list {StoreAddress.ApiVersion}.",
                    "Install and activate WooCommerce (3.5 or later) on this site, or check that the URL is the shop's address."));
                return StoreApiOutcome.Unusable;
            }

            findings.Add(new KeyFinding(KeyCheckNames.WooCommerceRestApi, FindingResult.Pass, $"The REST API lists WooCommerce's {StoreAddress.ApiVersion}."));
            return plain ? StoreApiOutcome.PlainPermalinks : StoreApiOutcome.Ready;
        }

        /// <summary>The namespaces of a REST index (<c>{"namespaces":[…]}</c>), or null when the answer is not one.</summary>
        private static IReadOnlyList<string>? Namespaces(RawResponse response)
        {
            if (response.Status != 200)
            {
                return null;
            }

            using JsonAnswer answer = JsonAnswer.Read(response.Body);
            if (answer.Document?.RootElement is JsonElement root
                && root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("namespaces", out JsonElement list)
                && list.ValueKind == JsonValueKind.Array)
            {
                return list.EnumerateArray().Where(n => n.ValueKind == JsonValueKind.String).Select(n => n.ToString()).ToList();
            }

            return null;
        }
    }
}
