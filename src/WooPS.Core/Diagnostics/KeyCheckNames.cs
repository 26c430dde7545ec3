namespace WooPS.Core.Diagnostics
{
    /// <summary>The checks of a key test, in the order they run and appear.</summary>
    public static class KeyCheckNames
    {
        public const string KeyFormat = "Key format";
        public const string StoreReachable = "Store reachable";
        public const string WordPressRestApi = "WordPress REST API";
        public const string WooCommerceRestApi = "WooCommerce REST API";
        public const string Credentials = "Credentials";
        public const string ReadPermission = "Read permission";
        public const string WritePermission = "Write permission";
        public const string Encryption = "Encryption";

        internal static readonly string[] InOrder =
        {
            KeyFormat, StoreReachable, WordPressRestApi, WooCommerceRestApi, Credentials, ReadPermission, WritePermission, Encryption,
        };
    }
}
