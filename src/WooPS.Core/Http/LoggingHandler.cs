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
            IWooLog log = RequestLog.Of(request);
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
