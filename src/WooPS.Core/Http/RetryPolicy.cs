using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Security.Authentication;

namespace WooPS.Core.Http
{
    /// <summary>
    /// When a failed attempt is worth repeating, and after how long. 429 is repeated for every request (the store
    /// refused before doing anything); 502/503/504, network failures, timeouts and answers cut short only for
    /// requests that are safe to repeat (<see cref="RequestContext.IsRepeatable"/>).
    /// </summary>
    internal sealed class RetryPolicy
    {
        public static readonly RetryPolicy Default = new RetryPolicy(maxRetries: 3, firstDelay: TimeSpan.FromSeconds(1), longestWait: TimeSpan.FromSeconds(60));

        public RetryPolicy(int maxRetries, TimeSpan firstDelay, TimeSpan longestWait)
        {
            MaxRetries = maxRetries;
            FirstDelay = firstDelay;
            LongestWait = longestWait;
        }

        public int MaxRetries { get; }

        public TimeSpan FirstDelay { get; }

        /// <summary>A Retry-After longer than this is not waited for: the error goes back to the caller.</summary>
        public TimeSpan LongestWait { get; }

        public bool ShouldRetry(HttpRequestMessage request, int status) =>
            status == 429 || (RequestContext.IsRepeatable(request) && (status == 502 || status == 503 || status == 504));

        /// <summary>Network failures are repeated; an unknown host name or an untrusted certificate will not change by waiting.</summary>
        public bool ShouldRetryFailure(HttpRequestMessage request, Exception failure)
        {
            Exception root = failure.GetBaseException();
            bool permanent = root is AuthenticationException || (root is SocketException socket && socket.SocketErrorCode == SocketError.HostNotFound);
            return RequestContext.IsRepeatable(request) && !permanent;
        }

        /// <summary>The store's Retry-After when it sent one, else exponential backoff from <see cref="FirstDelay"/>.</summary>
        public TimeSpan DelayBefore(int retry, RetryConditionHeaderValue? retryAfter, DateTimeOffset now) =>
            Asked(retryAfter, now) ?? TimeSpan.FromTicks(FirstDelay.Ticks << (retry - 1));

        /// <summary>The wait a Retry-After asks for (a number of seconds, or a date), never negative; null without one.</summary>
        public static TimeSpan? Asked(RetryConditionHeaderValue? retryAfter, DateTimeOffset now)
        {
            if (retryAfter?.Delta is TimeSpan delta)
            {
                return delta;
            }

            if (retryAfter?.Date is DateTimeOffset date)
            {
                TimeSpan wait = date - now;
                return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
            }

            return null;
        }
    }
}
