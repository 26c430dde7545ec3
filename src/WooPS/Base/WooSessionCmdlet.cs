using System.Management.Automation;
using WooPS.Completion;
using WooPS.Core;
using WooPS.Errors;
using WooPS.Sessions;

namespace WooPS.Base
{
    /// <summary>Base of every cmdlet that talks to a store: <c>-Session</c>, else this runspace's default.</summary>
    public abstract class WooSessionCmdlet : WooCmdlet
    {
        /// <summary>The store to talk to; by default the one Connect-WooStore last connected in this runspace.</summary>
        [Parameter]
        [ArgumentCompleter(typeof(NoValues))]
        public WooSession? Session { get; set; }

        internal WooSession ResolveSession()
        {
            WooSession? session = Session ?? SessionRegistry.Current;
            if (session == null)
            {
                ThrowTerminatingError(WooErrors.NoSession());
            }

            if (session!.IsClosed)
            {
                ThrowTerminatingError(WooErrors.From(
                    new WooApiException(WooErrorCodes.SessionClosed, $"The session to {session.StoreUrl} was closed by Disconnect-WooStore."),
                    session));
            }

            return session;
        }
    }
}
