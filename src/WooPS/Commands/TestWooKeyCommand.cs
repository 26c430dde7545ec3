using System;
using System.Management.Automation;
using WooPS.Base;
using WooPS.Completion;
using WooPS.Core;
using WooPS.Core.Diagnostics;
using WooPS.Core.Http;
using WooPS.Sessions;

namespace WooPS.Commands
{
    /// <summary>
    /// Checks, without changing any data, whether a key works against a store, what it may do, and what to fix.
    /// Problems are findings in the result; an error only when there is nothing to test (no URL, no key).
    /// </summary>
    [Cmdlet(VerbsDiagnostic.Test, "WooKey", DefaultParameterSetName = EnvironmentSet)]
    [OutputType(ResultTypeName)]
    [OutputType(typeof(bool))]
    public sealed class TestWooKeyCommand : WooKeyCmdlet
    {
        internal const string ResultTypeName = "WooPS.KeyTestResult";
        private const string SessionSet = "Session";

        /// <summary>Test the key of this session; without it and without a key, the runspace's default session.</summary>
        [Parameter(Mandatory = true, ParameterSetName = SessionSet, ValueFromPipeline = true)]
        [ArgumentCompleter(typeof(NoValues))]
        public WooSession? Session { get; set; }

        /// <summary>Write only $true or $false.</summary>
        [Parameter]
        public SwitchParameter Quiet { get; set; }

        /// <summary>The permission the job needs: Read, Write or ReadWrite. With -Quiet, $true only when the key has at least that.</summary>
        [Parameter]
        [ValidateSet(nameof(KeyPermission.Read), nameof(KeyPermission.Write), nameof(KeyPermission.ReadWrite))]
        public string? Permission { get; set; }

        protected override void ProcessRecord()
        {
            KeyTestOptions options = ReadOptions();
            KeyPermission needed = Permission == null ? KeyPermission.None : (KeyPermission)Enum.Parse(typeof(KeyPermission), Permission, ignoreCase: true);
            options.Required = Permission == null ? (KeyPermission?)null : needed;
            if (!Quiet)
            {
                WarnIfSkippingCertificateCheck();
            }

            Run(async (queue, cancellation) =>
            {
                KeyTestResult result = await KeyTester.TestAsync(options, queue, cancellation).ConfigureAwait(false);
                queue.Post(() =>
                {
                    if (Quiet)
                    {
                        WriteObject(result.Allows(needed));
                        return;
                    }

                    var output = new PSObject(result);
                    output.TypeNames.Insert(0, ResultTypeName);
                    WriteObject(output);
                });
            }, target: StoreAddress.Describe(options.Url));
        }

        private KeyTestOptions ReadOptions()
        {
            WooSession? session = ParameterSetName == SessionSet ? Session : DefaultSessionWhenNothingElseGiven();
            if (session != null)
            {
                return KeyTestOptions.For(session);
            }

            return new KeyTestOptions(ReadUrl(), ReadKey()) { SkipCertificateCheck = SkipCertificateCheck, TimeoutSec = TimeoutSec };
        }

        /// <summary>With no store and no key given, an interactive user means the store they connected to.</summary>
        private WooSession? DefaultSessionWhenNothingElseGiven() =>
            ParameterSetName == EnvironmentSet && Url == null && Environment.GetEnvironmentVariable("WOO_STORE_URL") == null
                ? SessionRegistry.Current
                : null;
    }
}
