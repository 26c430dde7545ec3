using System.Management.Automation;
using WooPS.Core;
using WooPS.Sessions;

namespace WooPS.Commands
{
    /// <summary>This runspace's default session, as Connect-WooStore left it; with -All, every session open in it.</summary>
    [Cmdlet(VerbsCommon.Get, "WooStore")]
    [OutputType(typeof(WooSession))]
    public sealed class GetWooStoreCommand : PSCmdlet
    {
        internal const string ListingTypeName = "WooPS.SessionListing";

        /// <summary>Every session Connect-WooStore opened in this runspace and Disconnect-WooStore has not closed; IsDefault marks the default.</summary>
        [Parameter]
        public SwitchParameter All { get; set; }

        protected override void EndProcessing()
        {
            WooSession? current = SessionRegistry.Current;
            if (All)
            {
                foreach (WooSession session in SessionRegistry.Open)
                {
                    var listed = new PSObject(session);
                    listed.TypeNames.Insert(0, ListingTypeName);
                    listed.Properties.Add(new PSNoteProperty("IsDefault", ReferenceEquals(session, current)));
                    WriteObject(listed);
                }

                return;
            }

            if (current == null)
            {
                WriteVerbose("No store is connected in this runspace.");
                return;
            }

            WriteObject(current);
        }
    }
}
