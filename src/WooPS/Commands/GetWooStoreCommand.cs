using System.Management.Automation;
using WooPS.Core;
using WooPS.Sessions;

namespace WooPS.Commands
{
    /// <summary>This runspace's default session, as Connect-WooStore left it.</summary>
    [Cmdlet(VerbsCommon.Get, "WooStore")]
    [OutputType(typeof(WooSession))]
    public sealed class GetWooStoreCommand : PSCmdlet
    {
        protected override void EndProcessing()
        {
            WooSession? session = SessionRegistry.Current;
            if (session == null)
            {
                WriteVerbose("No store is connected in this runspace.");
                return;
            }

            WriteObject(session);
        }
    }
}
