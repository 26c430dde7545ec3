using System.Net.Http;

namespace WooPS.Core.Http
{
    /// <summary>Carries the caller's <see cref="IWooLog"/> with a request, so the shared handlers log to whoever asked.</summary>
    internal static class RequestLog
    {
        private const string Key = "WooPS.Log";

        public static void Attach(HttpRequestMessage request, IWooLog log) => request.Properties[Key] = log;

        public static IWooLog Of(HttpRequestMessage request) =>
            request.Properties.TryGetValue(Key, out object? log) && log is IWooLog found ? found : NullWooLog.Instance;
    }
}
