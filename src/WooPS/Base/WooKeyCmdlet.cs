using System;
using System.Management.Automation;
using System.Security;
using WooPS.Completion;
using WooPS.Core;
using WooPS.Core.Auth;
using WooPS.Errors;

namespace WooPS.Base
{
    /// <summary>
    /// Base of the cmdlets that take a store and a key the three ways users have them: -ConsumerKey and
    /// -ConsumerSecret, -Credential, or WOO_STORE_URL / WOO_CONSUMER_KEY / WOO_CONSUMER_SECRET for scheduled jobs.
    /// </summary>
    public abstract class WooKeyCmdlet : WooCmdlet
    {
        protected const string KeySet = "Key";
        protected const string CredentialSet = "Credential";
        protected const string EnvironmentSet = "Environment";

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = KeySet)]
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = CredentialSet)]
        [Parameter(Position = 0, ParameterSetName = EnvironmentSet)]
        [Alias("StoreUrl")]
        [ArgumentCompleter(typeof(NoValues))]
        public string? Url { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = KeySet)]
        [ArgumentCompleter(typeof(NoValues))]
        public string? ConsumerKey { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = KeySet)]
        [ArgumentCompleter(typeof(NoValues))]
        public SecureString? ConsumerSecret { get; set; }

        /// <summary>User name = consumer key, password = consumer secret.</summary>
        [Parameter(Mandatory = true, ParameterSetName = CredentialSet)]
        [Credential]
        [ArgumentCompleter(typeof(NoValues))]
        public PSCredential? Credential { get; set; }

        [Parameter]
        public SwitchParameter SkipCertificateCheck { get; set; }

        [Parameter]
        [ValidateRange(1, 3600)]
        [ArgumentCompleter(typeof(NoValues))]
        public int TimeoutSec { get; set; } = 60;

        /// <summary>The store's address, from -Url or WOO_STORE_URL; a terminating error when there is none.</summary>
        internal string ReadUrl()
        {
            string? url = Url ?? Environment.GetEnvironmentVariable("WOO_STORE_URL");
            if (string.IsNullOrWhiteSpace(url))
            {
                ThrowInvalid(WooErrorCodes.InvalidUrl, "No store URL: pass -Url, or set WOO_STORE_URL.");
            }

            return url!;
        }

        /// <summary>The key as given, from the parameters or the environment; a terminating error when there is none.</summary>
        internal KeyMaterial ReadKey()
        {
            switch (ParameterSetName)
            {
                case KeySet:
                    return new KeyMaterial(ConsumerKey, ConsumerSecret);
                case CredentialSet:
                    return new KeyMaterial(Credential!.UserName, Credential.Password);
            }

            string? key = Environment.GetEnvironmentVariable("WOO_CONSUMER_KEY");
            string? secret = Environment.GetEnvironmentVariable("WOO_CONSUMER_SECRET");
            if (string.IsNullOrWhiteSpace(key) || string.IsNullOrWhiteSpace(secret))
            {
                ThrowInvalid(WooErrorCodes.MissingKey, "No REST API key: pass -ConsumerKey and -ConsumerSecret, or -Credential, or set WOO_CONSUMER_KEY and WOO_CONSUMER_SECRET.");
            }

            return new KeyMaterial(key, secret);
        }

        /// <summary>-SkipCertificateCheck is for test stores; say so every time.</summary>
        internal void WarnIfSkippingCertificateCheck()
        {
            if (SkipCertificateCheck)
            {
                WriteWarning("-SkipCertificateCheck: the store's TLS certificate is not checked, so anyone in between can read and change the traffic. Use it for test stores only.");
            }
        }

        internal void ThrowInvalid(WooErrorCode code, string message) =>
            ThrowTerminatingError(WooErrors.From(new WooApiException(code, message)));
    }
}
