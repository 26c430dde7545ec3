using System.Management.Automation.Runspaces;
using System.Runtime.CompilerServices;
using WooPS.Core;

namespace WooPS.Sessions
{
    /// <summary>
    /// Each runspace's default session. Keyed by runspace, not static, so ForEach-Object -Parallel blocks and
    /// jobs each start without one and never share another's.
    /// </summary>
    internal static class SessionRegistry
    {
        private static readonly ConditionalWeakTable<Runspace, Holder> Defaults = new ConditionalWeakTable<Runspace, Holder>();

        public static WooSession? Current => Defaults.TryGetValue(Runspace.DefaultRunspace, out Holder? holder) ? holder.Session : null;

        public static void SetCurrent(WooSession? session) => Defaults.GetOrCreateValue(Runspace.DefaultRunspace).Session = session;

        private sealed class Holder
        {
            public WooSession? Session { get; set; }
        }
    }
}
