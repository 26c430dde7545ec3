using System;
using System.Linq;
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

        /// <summary>Test the key of this session; with no key parameters at all, the runspace's default session when there is one.</summary>
        [Parameter(Mandatory = true, ParameterSetName = SessionSet, ValueFromPipeline = true)]
        [ArgumentCompleter(typeof(NoValues))]
        public WooSession? Session { get; set; }

        /// <summary>Write only $true or $false; with $false, each failed check as a warning, so a job's log says why.</summary>
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
                        bool allowed = result.Allows(needed);
                        if (!allowed)
                        {
                            WarnWhy(result);
                        }

                        WriteObject(allowed);
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
            WooSession? session = ParameterSetName == SessionSet ? Session : DefaultSessionWhenNoKeyGiven();
            if (session != null)
            {
                return KeyTestOptions.For(session);
            }

            return new KeyTestOptions(ReadUrl(), ReadKey()) { SkipCertificateCheck = SkipCertificateCheck, TimeoutSec = TimeoutSec };
        }

        /// <summary>
        /// With no store and no key given, the store the runspace is connected to, with that session's options
        /// (-SkipCertificateCheck, timeout): what the next cmdlet would use. WOO_* is read only when there is none.
        /// </summary>
        private WooSession? DefaultSessionWhenNoKeyGiven() =>
            ParameterSetName == EnvironmentSet && Url == null ? SessionRegistry.Current : null;

        /// <summary>A job that only sees $false would log nothing: each failed check goes to the warning stream.</summary>
        private void WarnWhy(KeyTestResult result)
        {
            foreach (KeyFinding failed in result.Checks.Where(check => check.Result == FindingResult.Fail))
            {
                WriteWarning($"Test-WooKey {result.StoreUrl}: {failed.Name} failed: {failed.Message}" + (failed.Hint == null ? string.Empty : " " + failed.Hint));
            }
        }
    }
}
