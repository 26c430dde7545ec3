using System;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace WooPS.Core.Http
{
    /// <summary>
    /// Gives each request on the wire, body included, the session's timeout, and reads the body in full: HttpClient's
    /// own timeout would cover every retry and its waits together, and would stop at the headers. A body that
    /// breaks off half-way is told apart from a store that cannot be reached.
    /// </summary>
    internal sealed class TimeoutHandler : DelegatingHandler
    {
        private readonly TimeSpan _timeout;

        public TimeoutHandler(TimeSpan timeout)
        {
            _timeout = timeout;
        }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            attempt.CancelAfter(_timeout);
            HttpResponseMessage? response = null;
            try
            {
                response = await base.SendAsync(request, attempt.Token).ConfigureAwait(false);
                using (attempt.Token.Register(response.Dispose))
                {
                    await ReadBodyAsync(response, attempt.Token).ConfigureAwait(false);
                }

                attempt.Token.ThrowIfCancellationRequested();
                return response;
            }
            catch (Exception failure) when (attempt.IsCancellationRequested && !cancellationToken.IsCancellationRequested
                                            && (failure is OperationCanceledException || failure is ObjectDisposedException || failure is HttpRequestException))
            {
                response?.Dispose();
                throw new TimeoutException($"No complete answer within {_timeout.TotalSeconds:0} s.");
            }
        }

        private static async Task ReadBodyAsync(HttpResponseMessage response, CancellationToken attempt)
        {
            try
            {
                await response.Content.LoadIntoBufferAsync().ConfigureAwait(false);
            }
            catch (Exception failure) when (!attempt.IsCancellationRequested && (failure is HttpRequestException || failure is IOException))
            {
                response.Dispose();
                throw new AnswerBrokenOffException(failure);
            }
        }
    }
}
