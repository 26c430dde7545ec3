using WooPS.Core;
using WooPS.Core.Auth;
using WooPS.Core.Requests;

namespace WooPS.Tests.Support
{
    /// <summary>A session that never goes on the wire, for what is decided before anything is sent.</summary>
    internal static class OfflineSession
    {
        // The key and secret of the disposable store that recorded captures 59–62d (the secret is in 59's command line).
        public const string Key = "ck_3f16664e34a754536ea594433ff67ed780fc9592";
        public const string Secret = "cs_19ebbc236225c04cd2aea2a0dee653f96e67d5a3";

        public static WooSession To(string url) =>
            WooSession.ConnectAsync(new WooConnectOptions(url, ConsumerCredential.Create(Key, Secret)) { SkipValidation = true }, NullWooLog.Instance, default).GetAwaiter().GetResult();

        /// <summary>Resolves and checks a request to the store at <paramref name="url"/>; nothing is sent.</summary>
        public static RestCall Prepare(string url, string method, string path, System.Collections.Generic.IEnumerable<System.Collections.Generic.KeyValuePair<string, object?>>? query = null, object? body = null)
        {
            using WooSession session = To(url);
            return session.Requests.Prepare(method, path, query, body);
        }
    }
}
