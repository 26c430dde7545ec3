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

            findings.Add(Encryption(address, options.SkipCertificateCheck));
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

        private static KeyFinding Encryption(StoreAddress address, bool skipCertificateCheck)
        {
            if (!address.IsHttps)
            {
                return new KeyFinding(KeyCheckNames.Encryption, FindingResult.Warn,
                    address.PlainHttpWarning,
                    "Serve the store over https (a free certificate from Let's Encrypt will do).");
            }

            return skipCertificateCheck
                ? new KeyFinding(KeyCheckNames.Encryption, FindingResult.Warn, "https, but the store's certificate was not checked.", "Skipping the certificate check is for test stores only; a real shop's certificate should be checked.")
                : new KeyFinding(KeyCheckNames.Encryption, FindingResult.Pass, "https with a certificate this machine trusts.");
        }

        /// <summary>Every check once, in order; those that could not run say so.</summary>
        private static IReadOnlyList<KeyFinding> InOrder(List<KeyFinding> findings) =>
            KeyCheckNames.InOrder
                .Select(name => findings.FirstOrDefault(f => f.Name == name)
                    ?? new KeyFinding(name, FindingResult.Skipped, "Not checked: an earlier check failed."))
                .ToList();
    }
}
