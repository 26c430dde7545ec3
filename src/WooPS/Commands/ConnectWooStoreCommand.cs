using System;
using System.Management.Automation;
using WooPS.Base;
using WooPS.Completion;
using WooPS.Core;
using WooPS.Core.Auth;
using WooPS.Core.Http;
using WooPS.Errors;
using WooPS.Sessions;

namespace WooPS.Commands
{
    /// <summary>
    /// Opens a session to a store with a REST API key, proves the key with one request, and makes the session
    /// this runspace's default. Without a key it reads WOO_STORE_URL, WOO_CONSUMER_KEY and WOO_CONSUMER_SECRET.
    /// </summary>
    [Cmdlet(VerbsCommunications.Connect, "WooStore", DefaultParameterSetName = EnvironmentSet)]
    [OutputType(typeof(WooSession))]
    public sealed class ConnectWooStoreCommand : WooKeyCmdlet
    {
        /// <summary>
        /// Auto, Basic, QueryString or OAuth1. A string rather than the core's enum: PowerShell loads this type
        /// before the module's load context exists, and an enum field would pull WooPS.Core in too early.
        /// </summary>
        [Parameter]
        [ValidateSet(nameof(Core.Auth.AuthMethod.Auto), nameof(Core.Auth.AuthMethod.Basic), nameof(Core.Auth.AuthMethod.QueryString), nameof(Core.Auth.AuthMethod.OAuth1))]
        public string AuthMethod { get; set; } = nameof(Core.Auth.AuthMethod.Auto);

        [Parameter]
        public SwitchParameter SkipValidation { get; set; }

        /// <summary>The most requests in flight at once (1 = one after another); the session finds how many the store serves fastest under it.</summary>
        [Parameter]
        [ValidateRange(1, WooConnectOptions.MostConcurrency)]
        [ArgumentCompleter(typeof(NoValues))]
        public int MaxConcurrency { get; set; } = WooConnectOptions.DefaultMaxConcurrency;

        /// <summary>Always MaxConcurrency requests at once, instead of the limit learned from the store.</summary>
        [Parameter]
        public SwitchParameter FixedConcurrency { get; set; }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecord()
        {
            WooConnectOptions options = ReadOptions();
            WarnIfSkippingCertificateCheck();
            Run(async (queue, cancellation) =>
            {
                WooSession session = await WooSession.ConnectAsync(options, queue, cancellation).ConfigureAwait(false);
                queue.Post(() =>
                {
                    SessionRegistry.Add(session);
                    WriteVerboseLine($"Connected to {session.StoreUrl} with {session.AuthMethod} authentication, key {session.KeyEnding}.");
                    if (PassThru)
                    {
                        WriteObject(session);
                    }
                });
            }, target: StoreAddress.Describe(options.Url));
        }

        private WooConnectOptions ReadOptions()
        {
            string url = ReadUrl();
            KeyMaterial key = ReadKey();
            try
            {
                return new WooConnectOptions(url, ConsumerCredential.Create(key))
                {
                    AuthMethod = (AuthMethod)Enum.Parse(typeof(AuthMethod), AuthMethod, ignoreCase: true),
                    SkipValidation = SkipValidation,
                    SkipCertificateCheck = SkipCertificateCheck,
                    TimeoutSec = TimeoutSec,
                    MaxConcurrency = MaxConcurrency,
                    FixedConcurrency = FixedConcurrency,
                };
            }
            catch (WooApiException failure)
            {
                ThrowTerminatingError(WooErrors.From(failure, StoreAddress.Describe(url)));
                throw;
            }
        }
    }
}
