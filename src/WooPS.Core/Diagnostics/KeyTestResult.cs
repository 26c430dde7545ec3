using System.Collections.Generic;

namespace WooPS.Core.Diagnostics
{
    /// <summary>What the key test found out about a key on a store.</summary>
    public sealed class KeyTestResult
    {
        internal KeyTestResult(string storeUrl, bool valid, bool keyMayRead, bool keyMayWrite, bool canRead, bool canWrite, string? authMethod, IReadOnlyList<KeyFinding> checks)
        {
            StoreUrl = storeUrl;
            Valid = valid;
            Permission = !valid ? KeyPermission.None
                : keyMayRead && keyMayWrite ? KeyPermission.ReadWrite
                : keyMayWrite ? KeyPermission.Write
                : keyMayRead ? KeyPermission.Read
                : KeyPermission.None;
            CanRead = canRead;
            CanWrite = canWrite;
            AuthMethod = authMethod;
            Checks = checks;
        }

        public string StoreUrl { get; }

        /// <summary>The store accepted the key.</summary>
        public bool Valid { get; }

        /// <summary>The key's permission (Read, Write, ReadWrite), None when the key is not valid.</summary>
        public KeyPermission Permission { get; }

        /// <summary>Reading products works with this key.</summary>
        public bool CanRead { get; }

        /// <summary>Writing products works with this key (checked without writing anything).</summary>
        public bool CanWrite { get; }

        /// <summary>The auth method that worked, as Auto authentication would use it.</summary>
        public string? AuthMethod { get; }

        public IReadOnlyList<KeyFinding> Checks { get; }

        /// <summary>Whether the key works and may do at least <paramref name="needed"/>.</summary>
        public bool Allows(KeyPermission needed) => needed switch
        {
            KeyPermission.Read => Valid && CanRead,
            KeyPermission.Write => Valid && CanWrite,
            KeyPermission.ReadWrite => Valid && CanRead && CanWrite,
            _ => Valid,
        };

        public override string ToString() => $"{StoreUrl}: {(Valid ? "valid, " + Permission : "not valid")}";
    }
}
