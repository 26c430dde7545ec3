using System;
using System.Net.Http;
using WooPS.Core.Auth;
using WooPS.Core.Http;

namespace WooPS.Core.Diagnostics
{
    /// <summary>What to test: a store address with a key as the user gave it, or an open session.</summary>
    public sealed class KeyTestOptions
    {
        public KeyTestOptions(string url, KeyMaterial key)
        {
            Url = url;
            Key = key;
        }

        private KeyTestOptions(WooSession session)
        {
            Url = session.StoreUrl;
            SessionCredential = session.Credential;
            SkipCertificateCheck = session.SkipCertificateCheck;
            TimeoutSec = session.TimeoutSec;
            PrimaryHandler = session.Settings.PrimaryHandler;
            RetryPolicy = session.Settings.RetryPolicy;
        }

        public string Url { get; }

        public bool SkipCertificateCheck { get; set; }

        public int TimeoutSec { get; set; } = 60;

        /// <summary>A permission the caller needs: its absence is a failure, not just a warning.</summary>
        public KeyPermission? Required { get; set; }

        internal KeyMaterial? Key { get; }

        internal ConsumerCredential? SessionCredential { get; }

        /// <summary>Replaces the network handler (tests).</summary>
        internal Func<HttpMessageHandler>? PrimaryHandler { get; set; }

        internal RetryPolicy RetryPolicy { get; set; } = RetryPolicy.Default;

        internal ConnectionSettings Settings => new ConnectionSettings(TimeoutSec, SkipCertificateCheck, PrimaryHandler, RetryPolicy);

        /// <summary>Tests the key of an open session, on its store, with its settings.</summary>
        public static KeyTestOptions For(WooSession session) => new KeyTestOptions(session);
    }
}
