using System;
using System.Net.Http;

namespace WooPS.Core.Http
{
    /// <summary>How a connection talks to the store, whoever opens it (a session, or the key test's probes).</summary>
    internal sealed class ConnectionSettings
    {
        public ConnectionSettings(int timeoutSec, bool skipCertificateCheck, Func<HttpMessageHandler>? primaryHandler, RetryPolicy retryPolicy)
        {
            Timeout = TimeSpan.FromSeconds(timeoutSec);
            SkipCertificateCheck = skipCertificateCheck;
            PrimaryHandler = primaryHandler;
            RetryPolicy = retryPolicy;
        }

        public TimeSpan Timeout { get; }

        public bool SkipCertificateCheck { get; }

        /// <summary>Replaces the network handler (tests).</summary>
        public Func<HttpMessageHandler>? PrimaryHandler { get; }

        public RetryPolicy RetryPolicy { get; }
    }
}
