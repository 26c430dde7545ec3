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

        public const int MostConcurrency = 16;

        public int TimeoutSec { get; set; } = 60;

        /// <summary>How many pages of a listing may be in flight at once, 1 to 16.</summary>
        public int MaxConcurrency { get; set; } = 4;

        public bool SkipCertificateCheck { get; set; }

        /// <summary>Open the session without the one request that proves the key.</summary>
        public bool SkipValidation { get; set; }

        /// <summary>Replaces the network handler (tests).</summary>
        internal Func<HttpMessageHandler>? PrimaryHandler { get; set; }

        internal RetryPolicy RetryPolicy { get; set; } = RetryPolicy.Default;

        internal ConnectionSettings Settings => new ConnectionSettings(TimeoutSec, SkipCertificateCheck, PrimaryHandler, RetryPolicy);
    }
}
