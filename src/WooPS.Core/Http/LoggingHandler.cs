using System;
using System.Diagnostics;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace WooPS.Core.Http
{
    /// <summary>
    /// One verbose line per request that goes on the wire: method, URL without credentials or signatures,
    /// status and time. It sits next to the network so every retry and auth fallback shows.
    /// </summary>
    internal sealed class LoggingHandler : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            // The last step before the network: whatever waited on the way here (a slot, a retry's backoff, an
            // auth fallback) may have been woken by the same cancellation, and nothing cancelled goes on the wire.
            cancellationToken.ThrowIfCancellationRequested();
            IWooLog log = RequestContext.LogOf(request);
            string line = request.Method + " " + Redaction.Url(request.RequestUri!);
            var clock = Stopwatch.StartNew();
            try
            {
                HttpResponseMessage response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
                log.Verbose($"{line} → {(int)response.StatusCode} {response.ReasonPhrase} ({clock.ElapsedMilliseconds} ms)");
                return response;
            }
            catch (OperationCanceledException)
            {
                log.Verbose($"{line} → abandoned after {clock.ElapsedMilliseconds} ms");
                throw;
            }
            catch (Exception failure)
            {
                log.Verbose($"{line} → failed after {clock.ElapsedMilliseconds} ms: {failure.GetBaseException().Message}");
                throw;
            }
        }
    }
}
