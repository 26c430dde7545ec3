using System;
using System.Management.Automation;
using System.Security;
using WooPS.Base;
using WooPS.Core;
using WooPS.Core.Auth;

namespace WooPS.Commands
{
    /// <summary>
    /// Opens a session to a store with a REST API key, proves the key with one request, and makes the session
    /// this runspace's default. Without a key it reads WOO_STORE_URL, WOO_CONSUMER_KEY and WOO_CONSUMER_SECRET.
    /// </summary>
    [Cmdlet(VerbsCommunications.Connect, "WooStore", DefaultParameterSetName = EnvironmentSet)]
    [OutputType(typeof(WooSession))]
    public sealed class ConnectWooStoreCommand : WooCmdlet
    {
        private const string KeySet = "Key";
        private const string CredentialSet = "Credential";
        private const string EnvironmentSet = "Environment";

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = KeySet)]
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = CredentialSet)]
        [Parameter(Position = 0, ParameterSetName = EnvironmentSet)]
        [Alias("StoreUrl")]
        public string? Url { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = KeySet)]
        public string? ConsumerKey { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = KeySet)]
        public SecureString? ConsumerSecret { get; set; }

        /// <summary>User name = consumer key, password = consumer secret.</summary>
        [Parameter(Mandatory = true, ParameterSetName = CredentialSet)]
        [Credential]
        public PSCredential? Credential { get; set; }

        /// <summary>
        /// Auto, Basic, QueryString or OAuth1. A string rather than the core's enum: PowerShell loads this type
        /// before the module's load context exists, and an enum field would pull WooPS.Core in too early.
        /// </summary>
        [Parameter]
        [ValidateSet(nameof(Core.Auth.AuthMethod.Auto), nameof(Core.Auth.AuthMethod.Basic), nameof(Core.Auth.AuthMethod.QueryString), nameof(Core.Auth.AuthMethod.OAuth1))]
        public string AuthMethod { get; set; } = nameof(Core.Auth.AuthMethod.Auto);

        [Parameter]
        public SwitchParameter SkipValidation { get; set; }

        [Parameter]
        public SwitchParameter SkipCertificateCheck { get; set; }

        [Parameter]
        [ValidateRange(1, 3600)]
        public int TimeoutSec { get; set; } = 60;

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecord()
        {
            WooConnectOptions options = ReadOptions();
            if (SkipCertificateCheck)
            {
                WriteWarning("-SkipCertificateCheck: the store's TLS certificate is not checked, so anyone in between can read and change the traffic. Use it for test stores only.");
            }

            Run(async (queue, cancellation) =>
            {
                WooSession session = await WooSession.ConnectAsync(options, queue, cancellation).ConfigureAwait(false);
                queue.Post(() =>
                {
                    SessionRegistry.SetCurrent(session);
                    WriteVerbose($"Connected to {session.StoreUrl} with {session.AuthMethod} authentication, key {session.KeyEnding}.");
                    if (PassThru)
                    {
                        WriteObject(session);
                    }
                });
            }, target: options.Url);
        }

        private WooConnectOptions ReadOptions()
        {
            string? url = Url ?? Environment.GetEnvironmentVariable("WOO_STORE_URL");
            if (string.IsNullOrWhiteSpace(url))
            {
                ThrowInvalid("woops_invalid_url", "No store URL: pass -Url, or set WOO_STORE_URL.");
            }

            try
            {
                ConsumerCredential credential = ParameterSetName switch
                {
                    KeySet => ConsumerCredential.Create(ConsumerKey, ConsumerSecret),
                    CredentialSet => ConsumerCredential.Create(Credential!.UserName, Credential.Password),
                    _ => FromEnvironment(),
                };
                return new WooConnectOptions(url!, credential)
                {
                    AuthMethod = (AuthMethod)Enum.Parse(typeof(AuthMethod), AuthMethod, ignoreCase: true),
                    SkipValidation = SkipValidation,
                    SkipCertificateCheck = SkipCertificateCheck,
                    TimeoutSec = TimeoutSec,
                };
            }
            catch (WooApiException failure)
            {
                ThrowTerminatingError(WooErrors.From(failure, url));
                throw;
            }
        }

        private ConsumerCredential FromEnvironment()
        {
            string? key = Environment.GetEnvironmentVariable("WOO_CONSUMER_KEY");
            string? secret = Environment.GetEnvironmentVariable("WOO_CONSUMER_SECRET");
            if (string.IsNullOrWhiteSpace(key) || string.IsNullOrWhiteSpace(secret))
            {
                ThrowInvalid("woops_missing_key", "No REST API key: pass -ConsumerKey and -ConsumerSecret, or -Credential, or set WOO_CONSUMER_KEY and WOO_CONSUMER_SECRET.");
            }

            return ConsumerCredential.Create(key, secret);
        }

        private void ThrowInvalid(string code, string message) =>
            ThrowTerminatingError(WooErrors.From(new WooApiException(code, message)));
    }
}
