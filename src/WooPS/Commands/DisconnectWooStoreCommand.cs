using System.Management.Automation;
using WooPS.Completion;
using WooPS.Core;
using WooPS.Sessions;

namespace WooPS.Commands
{
    /// <summary>Closes a session (by default this runspace's default) and forgets it as the default.</summary>
    [Cmdlet(VerbsCommunications.Disconnect, "WooStore")]
    [OutputType(typeof(void))]
    public sealed class DisconnectWooStoreCommand : PSCmdlet
    {
        [Parameter(Position = 0, ValueFromPipeline = true)]
        [ArgumentCompleter(typeof(NoValues))]
        public WooSession? Session { get; set; }

        protected override void ProcessRecord()
        {
            WooSession? current = SessionRegistry.Current;
            WooSession? session = Session ?? current;
            if (session == null)
            {
                WriteVerbose("No store is connected in this runspace.");
                return;
            }

            if (ReferenceEquals(session, current))
            {
                SessionRegistry.SetCurrent(null);
            }

            session.Dispose();
            WriteVerbose($"Disconnected from {session.StoreUrl}.");
        }
    }
}
