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
    /// dropped connection, or JSON cut short, which is a dropped connection the HTTP layer could not see (the
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
            IWooLog log = RequestContext.LogOf(request);
            for (int retry = 1; ; retry++)
            {
                HttpResponseMessage response;
                try
                {
                    response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
                }
                catch (HttpRequestException failure) when (retry <= _policy.MaxRetries && _policy.ShouldRetryFailure(request, failure))
                {
                    TimeSpan backoff = _policy.DelayBefore(retry, null, DateTimeOffset.UtcNow);
                    log.Verbose($"{request.Method} {Redaction.Url(request.RequestUri!)} failed ({failure.Message}); retry {retry} of {_policy.MaxRetries} in {backoff.TotalSeconds:0.#} s.");
                    await Task.Delay(backoff, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                if (retry <= _policy.MaxRetries && RequestContext.IsRepeatable(request) && await IsCutShortAsync(response).ConfigureAwait(false))
                {
                    TimeSpan backoff = _policy.DelayBefore(retry, null, DateTimeOffset.UtcNow);
                    log.Verbose($"The store's answer to {request.Method} {Redaction.Url(request.RequestUri!)} was cut off; retry {retry} of {_policy.MaxRetries} in {backoff.TotalSeconds:0.#} s.");
                    response.Dispose();
                    await Task.Delay(backoff, cancellationToken).ConfigureAwait(false);
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

                log.Verbose($"The store answered {status}; retry {retry} of {_policy.MaxRetries} in {delay.TotalSeconds:0.#} s.");
                response.Dispose();
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
            }
        }

        /// <summary>
        /// Whether a successful answer's JSON stops short. A complete answer ends with a closing bracket, which is
        /// read off the buffered body without copying it; only a body that ends otherwise is looked at in full.
        /// </summary>
        private static async Task<bool> IsCutShortAsync(HttpResponseMessage response)
        {
            if (!response.IsSuccessStatusCode || response.Content == null)
            {
                return false;
            }

            using (Stream body = await response.Content.ReadAsStreamAsync().ConfigureAwait(false))
            {
                if (body.CanSeek && EndsWithClosingBracket(body))
                {
                    return false;
                }
            }

            return JsonAnswer.IsCutShort(await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false));
        }

        private static bool EndsWithClosingBracket(Stream body)
        {
            for (long position = body.Length - 1; position >= 0; position--)
            {
                body.Position = position;
                int last = body.ReadByte();
                if (last != ' ' && last != '\t' && last != '\r' && last != '\n')
                {
                    return last == '}' || last == ']';
                }
            }

            return false;
        }
    }
}
