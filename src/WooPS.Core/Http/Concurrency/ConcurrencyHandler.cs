using System;
using System.Globalization;
using System.Net.Http;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;

namespace WooPS.Core.Http
{
    /// <summary>
    /// Puts every request of the session through its <see cref="InFlightGate"/>: each attempt waits for a slot,
    /// and its answer teaches the limit. It sits inside the retries (a retry's wait holds no slot) and outside auth,
    /// so a request is signed when it really goes out.
    /// </summary>
    internal sealed class ConcurrencyHandler : DelegatingHandler
    {
        private static readonly Regex Ids = new Regex("/[0-9]+(?=/|$)", RegexOptions.CultureInvariant);
        private readonly InFlightGate _gate;

        public ConcurrencyHandler(InFlightGate gate)
        {
            _gate = gate;
        }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            using InFlightGate.Slot slot = await _gate.EnterAsync(cancellationToken).ConfigureAwait(false);
            IWooLog log = RequestContext.LogOf(request);
            HttpResponseMessage response;
            try
            {
                response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                Tell(log, _gate.Overloaded(slot, null, "a request got no answer in time"));
                throw;
            }

            int status = (int)response.StatusCode;
            if (status == 429 || status == 503)
            {
                Tell(log, _gate.Overloaded(slot, response.Headers.RetryAfter, $"the store answered {status}"));
            }
            else if (status < 500)
            {
                Tell(log, _gate.Answered(slot, RouteOf(request), response.Content?.Headers.ContentLength ?? 0));
            }

            return response;
        }

        private static void Tell(IWooLog log, (LimitDecision? Decision, TimeSpan Pause) overload)
        {
            if (overload.Pause > TimeSpan.Zero)
            {
                log.Verbose($"The store asked to wait {overload.Pause.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)} s (Retry-After): every request of the session waits.");
            }

            Tell(log, overload.Decision);
        }

        private static void Tell(IWooLog log, LimitDecision? decision)
        {
            if (decision == null)
            {
                return;
            }

            log.Debug(decision.Detail);
            if (decision.Changed)
            {
                log.Verbose(decision.Shown);
            }
        }

        /// <summary>
        /// The method and route of a request, ids left out, and the REST route of a plain-permalink store included:
        /// with the answer's size, what the request costs the store (see <see cref="RequestKinds"/>).
        /// </summary>
        private static string RouteOf(HttpRequestMessage request)
        {
            Uri uri = request.RequestUri!;
            string route = uri.AbsolutePath;
            int restRoute = uri.Query.IndexOf("rest_route=", StringComparison.Ordinal);
            if (restRoute >= 0)
            {
                int end = uri.Query.IndexOf('&', restRoute);
                route += uri.Query.Substring(restRoute, (end < 0 ? uri.Query.Length : end) - restRoute);
            }

            return request.Method + " " + Ids.Replace(Uri.UnescapeDataString(route), "/#");
        }
    }
}
