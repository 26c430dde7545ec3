using System.Collections.Generic;
using System.Linq;
using System.Management.Automation.Runspaces;
using System.Runtime.CompilerServices;
using WooPS.Core;

namespace WooPS.Sessions
{
    /// <summary>
    /// Each runspace's default session and the sessions opened in it. Keyed by runspace, not static, so
    /// ForEach-Object -Parallel blocks and jobs each start without one and never share another's.
    /// </summary>
    internal static class SessionRegistry
    {
        private static readonly ConditionalWeakTable<Runspace, Holder> Runspaces = new ConditionalWeakTable<Runspace, Holder>();

        public static WooSession? Current => Runspaces.TryGetValue(Runspace.DefaultRunspace, out Holder? holder) ? holder.Session : null;

        /// <summary>The sessions opened in this runspace and not closed, oldest first (Get-WooStore -All).</summary>
        public static IReadOnlyList<WooSession> Open =>
            Runspaces.TryGetValue(Runspace.DefaultRunspace, out Holder? holder) ? holder.Opened.Where(s => !s.IsClosed).ToList() : new List<WooSession>();

        /// <summary>A session Connect-WooStore opened: the default from now on, and one of the runspace's open sessions.</summary>
        public static void Add(WooSession session)
        {
            Holder holder = Runspaces.GetOrCreateValue(Runspace.DefaultRunspace);
            holder.Opened.RemoveAll(s => s.IsClosed);
            holder.Opened.Add(session);
            holder.Session = session;
        }

        public static void SetCurrent(WooSession? session) => Runspaces.GetOrCreateValue(Runspace.DefaultRunspace).Session = session;

        private sealed class Holder
        {
            public WooSession? Session { get; set; }

            public List<WooSession> Opened { get; } = new List<WooSession>();
        }
    }
}
