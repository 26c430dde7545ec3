using System.Net.Http;

namespace WooPS.Core.Http
{
    /// <summary>
    /// What travels with a request through the shared handlers: the caller's <see cref="IWooLog"/>, so they log to
    /// whoever asked, and whether the request may be sent again after a failure.
    /// </summary>
    internal static class RequestContext
    {
        private const string LogKey = "WooPS.Log";
        private const string SafeToRepeatKey = "WooPS.SafeToRepeat";
        private const string RepeatedKey = "WooPS.Repeated";

        /// <summary>
        /// The key in a <see cref="WooApiException"/>'s Data when the failing answer came to a repeated request: the
        /// first attempt may have done what the answer says cannot be done (a DELETE whose answer was lost, then 410).
        /// </summary>
        public const string AnswerToRepeat = RepeatedKey;

        /// <param name="safeToRepeat">Sending it twice does no harm although its method suggests otherwise (a batch of updates).</param>
        public static void Attach(HttpRequestMessage request, IWooLog log, bool safeToRepeat)
        {
            request.Properties[LogKey] = log;
            if (safeToRepeat)
            {
                request.Properties[SafeToRepeatKey] = true;
            }
        }

        /// <summary>The request is being sent again after a failed attempt.</summary>
        public static void MarkRepeated(HttpRequestMessage request) => request.Properties[RepeatedKey] = true;

        public static bool WasRepeated(HttpRequestMessage? request) => request != null && request.Properties.ContainsKey(RepeatedKey);

        public static IWooLog LogOf(HttpRequestMessage request) =>
            request.Properties.TryGetValue(LogKey, out object? log) && log is IWooLog found ? found : NullWooLog.Instance;

        /// <summary>Whether the store may receive this request twice: a read, a PUT or DELETE, or one marked safe.</summary>
        public static bool IsRepeatable(HttpRequestMessage request) => IsRepeatable(request.Method, request.Properties.ContainsKey(SafeToRepeatKey));

        public static bool IsRepeatable(HttpMethod method, bool safeToRepeat) =>
            method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Put
            || method == HttpMethod.Delete || method == HttpMethod.Options || safeToRepeat;
    }
}
