using System;
using System.IO;
using System.Management.Automation;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace WooPS.Loading
{
    /// <summary>
    /// Makes WooPS.Core and its dependencies (Microsoft.Extensions.*, System.Text.Json) load from the module's
    /// lib folder without meeting the versions other modules brought. On PowerShell 7 they live in an
    /// AssemblyLoadContext of their own; Windows PowerShell 5.1 has no such thing, so there they are resolved
    /// from lib when the AppDomain asks.
    /// </summary>
    public sealed class ModuleInitializer : IModuleAssemblyInitializer, IModuleAssemblyCleanup
    {
        internal static readonly string LibFolder =
            Path.Combine(Path.GetDirectoryName(typeof(ModuleInitializer).Assembly.Location)!, "lib");

        private static bool IsWindowsPowerShell =>
            RuntimeInformation.FrameworkDescription.StartsWith(".NET Framework", StringComparison.Ordinal);

        public void OnImport()
        {
            if (IsWindowsPowerShell)
            {
                AppDomain.CurrentDomain.AssemblyResolve += ResolveFromLib;
            }
            else
            {
                RegisterLoadContext();
            }
        }

        public void OnRemove(PSModuleInfo module)
        {
            if (IsWindowsPowerShell)
            {
                AppDomain.CurrentDomain.AssemblyResolve -= ResolveFromLib;
            }
            else
            {
                UnregisterLoadContext();
            }
        }

        // CoreLoadContext derives from AssemblyLoadContext, which Windows PowerShell does not have. Only these two
        // methods name it, and they are never inlined, so compiling OnImport and OnRemove there never loads it.
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static void RegisterLoadContext() => CoreLoadContext.Register(LibFolder);

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static void UnregisterLoadContext() => CoreLoadContext.Unregister();

        // Windows PowerShell 5.1 only (not testable on this project's machines): the smallest thing that works.
        private static Assembly? ResolveFromLib(object? sender, ResolveEventArgs args)
        {
            string path = Path.Combine(LibFolder, new AssemblyName(args.Name).Name + ".dll");
            return File.Exists(path) ? Assembly.LoadFrom(path) : null;
        }
    }
}
