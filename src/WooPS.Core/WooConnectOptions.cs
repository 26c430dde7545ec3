using System;
using System.Net.Http;
using WooPS.Core.Auth;
using WooPS.Core.Http;

namespace WooPS.Core
{
    /// <summary>Everything Connect needs to open a session.</summary>
    public sealed class WooConnectOptions
    {
        public WooConnectOptions(string url, ConsumerCredential credential)
        {
            Url = url;
            Credential = credential;
        }

        public string Url { get; }

        public ConsumerCredential Credential { get; }

        public AuthMethod AuthMethod { get; set; } = AuthMethod.Auto;

        public const int MostConcurrency = 32;

        /// <summary>
        /// The default upper bound on requests in flight. 16 pages of 100 hide 150 ms of distance to a store with
        /// many PHP workers (the listing then waits on the store, not the distance); a small host is found long
        /// before it, by the adaptive limit; and a store with fewer workers than this queues the rest rather than
        /// serving them faster.
        /// </summary>
        public const int DefaultMaxConcurrency = 16;

        public int TimeoutSec { get; set; } = 60;

        /// <summary>The most requests the session may have in flight at once, 1 to <see cref="MostConcurrency"/>; the adaptive limit stays at or under it.</summary>
        public int MaxConcurrency { get; set; } = DefaultMaxConcurrency;

        /// <summary>Always <see cref="MaxConcurrency"/> requests at once, instead of the adaptive limit under it.</summary>
        public bool FixedConcurrency { get; set; }

        public bool SkipCertificateCheck { get; set; }

        /// <summary>Open the session without the one request that proves the key.</summary>
        public bool SkipValidation { get; set; }

        /// <summary>Replaces the network handler (tests).</summary>
        internal Func<HttpMessageHandler>? PrimaryHandler { get; set; }

        internal RetryPolicy RetryPolicy { get; set; } = RetryPolicy.Default;

        internal ConnectionSettings Settings => new ConnectionSettings(TimeoutSec, SkipCertificateCheck, PrimaryHandler, RetryPolicy);
    }
}
