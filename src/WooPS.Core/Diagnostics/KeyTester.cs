using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using WooPS.Core.Auth;
using WooPS.Core.Http;

namespace WooPS.Core.Diagnostics
{
    /// <summary>
    /// The key test's engine: every check in order, each a finding; problems with the key or the store are
    /// findings, not exceptions. Nothing it sends changes store data.
    /// </summary>
    public static class KeyTester
    {
        /// <summary>Runs the checks. Throws only when there is nothing to test: no usable store URL.</summary>
        public static async Task<KeyTestResult> TestAsync(KeyTestOptions options, IWooLog log, CancellationToken cancellationToken)
        {
            StoreAddress address = StoreAddress.Parse(options.Url);
            var findings = new List<KeyFinding>();
            ConsumerCredential? credential = options.SessionCredential;
            findings.Add(credential != null ? KeyFormatCheck.FromSession(credential) : KeyFormatCheck.Check(options.Key!, out credential));

            ConnectionSettings settings = options.Settings;
            StoreApiOutcome api = await StoreApiCheck.RunAsync(address, settings, findings, log, cancellationToken).ConfigureAwait(false);
            using var keyCheck = credential == null ? null : new CredentialCheck(address, credential, settings, findings);
            if (keyCheck != null && api == StoreApiOutcome.Ready)
            {
                try
                {
                    await keyCheck.RunAsync(options.Required, log, cancellationToken).ConfigureAwait(false);
                }
                catch (WooApiException failure)
                {
                    // The store stopped answering half-way (timeout, network): the check that was running failed.
                    string running = KeyCheckNames.InOrder.First(name => findings.All(f => f.Name != name));
                    findings.Add(new KeyFinding(running, FindingResult.Fail, failure.Message, failure.Hint));
                }
            }
            else if (api == StoreApiOutcome.PlainPermalinks)
            {
                findings.Add(new KeyFinding(KeyCheckNames.Credentials, FindingResult.Skipped, "WooCommerce's API keys cannot authenticate while permalinks are Plain."));
            }

            findings.Add(Encryption(address, options.SkipCertificateCheck, api));
            bool valid = keyCheck?.Valid ?? false;
            return new KeyTestResult(
                address.ToString(),
                valid,
                keyCheck?.KeyMayRead ?? false,
                keyCheck?.KeyMayWrite ?? false,
                keyCheck?.CanRead ?? false,
                keyCheck?.CanWrite ?? false,
                keyCheck?.AuthMethod,
                InOrder(findings));
        }

        /// <summary>
        /// Judged from the address and from what the first request met, so it never contradicts "Store reachable":
        /// a certificate refused there fails here too, and with no answer at all there is nothing to judge.
        /// </summary>
        private static KeyFinding Encryption(StoreAddress address, bool skipCertificateCheck, StoreApiOutcome api)
        {
            if (!address.IsHttps)
            {
                return new KeyFinding(KeyCheckNames.Encryption, FindingResult.Warn,
                    address.PlainHttpWarning,
                    "Serve the store over https (a free certificate from Let's Encrypt will do).");
            }

            switch (api)
            {
                case StoreApiOutcome.CertificateRefused:
                    return new KeyFinding(KeyCheckNames.Encryption, FindingResult.Fail,
                        "https, but this machine does not trust the store's certificate, so nothing was sent (see Store reachable).",
                        "Give the store a certificate from a public authority (Let's Encrypt is free), or trust its own CA on this machine. -SkipCertificateCheck is for test stores only.");
                case StoreApiOutcome.Unreachable:
                    return NotChecked(KeyCheckNames.Encryption, KeyCheckNames.StoreReachable);
            }

            return skipCertificateCheck
                ? new KeyFinding(KeyCheckNames.Encryption, FindingResult.Warn, "https, but the store's certificate was not checked.", "Skipping the certificate check is for test stores only; a real shop's certificate should be checked.")
                : new KeyFinding(KeyCheckNames.Encryption, FindingResult.Pass, "https with a certificate this machine trusts.");
        }

        private static KeyFinding NotChecked(string name, string? failedCheck) =>
            new KeyFinding(name, FindingResult.Skipped, failedCheck == null ? "Not checked." : $"Not checked: {failedCheck} failed.");

        /// <summary>Every check once, in order; those that could not run name the check that stopped them.</summary>
        private static IReadOnlyList<KeyFinding> InOrder(List<KeyFinding> findings)
        {
            string? firstFailed = KeyCheckNames.InOrder.FirstOrDefault(name => findings.Any(f => f.Name == name && f.Result == FindingResult.Fail));
            return KeyCheckNames.InOrder
                .Select(name => findings.FirstOrDefault(f => f.Name == name)
                    ?? NotChecked(name, firstFailed))
                .ToList();
        }
    }
}
