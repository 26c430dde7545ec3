using System;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using WooPS.Core.Json;

namespace WooPS.Core.Http
{
    /// <summary>
    /// Repeats a request the store could not answer for now (see <see cref="RetryPolicy"/>): a busy answer, a
    /// dropped connection, no answer within the timeout, or JSON cut short, which is a dropped connection the HTTP layer could not see (the
    /// body ended cleanly, or PHP died half-way). Every wait is cancellable.
    /// </summary>
    internal sealed class RetryHandler : DelegatingHandler
    {
        private readonly RetryPolicy _policy;

        public RetryHandler(RetryPolicy policy)
        {
            _policy = policy;
        }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            string shown = request.Method + " " + Redaction.Url(request.RequestUri!);
            for (int retry = 1; ; retry++)
            {
                Task WaitAsync(string why, TimeSpan delay)
                {
                    RequestContext.LogOf(request).Verbose($"{why}; retry {retry} of {_policy.MaxRetries} in {delay.TotalSeconds:0.#} s.");
                    RequestContext.MarkRepeated(request);
                    return Task.Delay(delay, cancellationToken);
                }

                HttpResponseMessage response;
                try
                {
                    response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception failure) when ((failure is HttpRequestException || failure is TimeoutException) && retry <= _policy.MaxRetries && _policy.ShouldRetryFailure(request, failure))
                {
                    // A request that timed out may have been done, like one whose connection dropped: it is sent
                    // again only when that is safe (a read, a PUT, a batch of updates).
                    await WaitAsync($"{shown} failed ({failure.Message})", _policy.DelayBefore(retry, null, DateTimeOffset.UtcNow)).ConfigureAwait(false);
                    continue;
                }

                if (retry <= _policy.MaxRetries && RequestContext.IsRepeatable(request) && await IsCutShortAsync(response).ConfigureAwait(false))
                {
                    response.Dispose();
                    await WaitAsync($"The store's answer to {shown} was cut off", _policy.DelayBefore(retry, null, DateTimeOffset.UtcNow)).ConfigureAwait(false);
                    continue;
                }

                int status = (int)response.StatusCode;
                if (retry > _policy.MaxRetries || !_policy.ShouldRetry(request, status))
                {
                    return response;
                }

                TimeSpan delay = _policy.DelayBefore(retry, response.Headers.RetryAfter, DateTimeOffset.UtcNow);
                if (delay > _policy.LongestWait)
                {
                    return response;
                }

                response.Dispose();
                await WaitAsync($"The store answered {status}", delay).ConfigureAwait(false);
            }
        }

        /// <summary>Whether a successful answer's JSON stops short; the buffered body is read, not copied.</summary>
        private static async Task<bool> IsCutShortAsync(HttpResponseMessage response)
        {
            if (!response.IsSuccessStatusCode || response.Content == null)
            {
                return false;
            }

            using Stream body = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
            return JsonAnswer.IsCutShort(body);
        }
    }
}
