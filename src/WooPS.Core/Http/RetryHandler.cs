using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace WooPS.Core.Http
{
    /// <summary>Repeats a request the store could not answer for now (see <see cref="RetryPolicy"/>); every wait is cancellable.</summary>
    internal sealed class RetryHandler : DelegatingHandler
    {
        private readonly RetryPolicy _policy;

        public RetryHandler(RetryPolicy policy)
        {
            _policy = policy;
        }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            for (int retry = 1; ; retry++)
            {
                HttpResponseMessage response;
                try
                {
                    response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
                }
                catch (HttpRequestException failure) when (retry <= _policy.MaxRetries && _policy.ShouldRetryFailure(request.Method, failure))
                {
                    TimeSpan backoff = _policy.DelayBefore(retry, null, DateTimeOffset.UtcNow);
                    RequestLog.Of(request).Verbose($"{request.Method} {Redaction.Url(request.RequestUri!)} failed ({failure.Message}); retry {retry} of {_policy.MaxRetries} in {backoff.TotalSeconds:0.#} s.");
                    await Task.Delay(backoff, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                int status = (int)response.StatusCode;
                if (retry > _policy.MaxRetries || !_policy.ShouldRetry(request.Method, status))
                {
                    return response;
                }

                TimeSpan delay = _policy.DelayBefore(retry, response.Headers.RetryAfter, DateTimeOffset.UtcNow);
                if (delay > _policy.LongestWait)
                {
                    return response;
                }

                RequestLog.Of(request).Verbose($"The store answered {status}; retry {retry} of {_policy.MaxRetries} in {delay.TotalSeconds:0.#} s.");
                response.Dispose();
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
