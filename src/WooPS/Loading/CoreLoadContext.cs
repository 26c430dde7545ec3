using System;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;

namespace WooPS.Loading
{
    /// <summary>
    /// The module's own load context (PowerShell 7 only; this type must not be touched on Windows PowerShell,
    /// where AssemblyLoadContext does not exist). The default context hands it WooPS.Core; everything WooPS.Core
    /// needs then comes from lib, except what .NET itself ships, which stays shared so no type exists twice.
    /// </summary>
    internal sealed class CoreLoadContext : AssemblyLoadContext
    {
        private const string CoreName = "WooPS.Core";
        private static CoreLoadContext? _instance;
        private readonly string _libFolder;
        private readonly string _frameworkFolder;

        private CoreLoadContext(string libFolder)
        {
            _libFolder = libFolder;
            _frameworkFolder = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        }

        public static void Register(string libFolder)
        {
            _instance ??= new CoreLoadContext(libFolder);
            Default.Resolving -= ResolveCore; // Import-Module -Force imports again into the same process.
            Default.Resolving += ResolveCore;
        }

        public static void Unregister() => Default.Resolving -= ResolveCore;

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            string fileName = assemblyName.Name + ".dll";
            if (FrameworkHas(fileName, assemblyName.Version))
            {
                return null;
            }

            string path = Path.Combine(_libFolder, fileName);
            return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
        }

        // An older PowerShell runs on an older .NET, whose System.Text.Json may be older than the one WooPS.Core
        // was built against: then the copy in lib is used instead.
        private bool FrameworkHas(string fileName, Version? wanted)
        {
            string path = Path.Combine(_frameworkFolder, fileName);
            return File.Exists(path) && (wanted == null || AssemblyName.GetAssemblyName(path).Version >= wanted);
        }

        private static Assembly? ResolveCore(AssemblyLoadContext context, AssemblyName name)
        {
            CoreLoadContext? instance = _instance;
            return instance != null && string.Equals(name.Name, CoreName, StringComparison.Ordinal)
                ? instance.LoadFromAssemblyName(name)
                : null;
        }
    }
}
