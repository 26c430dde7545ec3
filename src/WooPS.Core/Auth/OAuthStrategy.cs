using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using WooPS.Core.Http;

namespace WooPS.Core.Auth
{
    /// <summary>
    /// OAuth 1.0a one-legged, parameters in the query string, a fresh nonce and timestamp per request.
    /// <see cref="SignForHttp"/> signs the http form of an https address: behind a TLS-terminating proxy
    /// WordPress believes it serves http and checks the signature against that.
    /// </summary>
    internal sealed class OAuthStrategy : AuthStrategy
    {
        private readonly Func<DateTimeOffset> _clock;

        public OAuthStrategy(bool signForHttp, Func<DateTimeOffset>? clock = null)
        {
            SignForHttp = signForHttp;
            _clock = clock ?? (() => DateTimeOffset.UtcNow);
        }

        public bool SignForHttp { get; }

        public override string Description => SignForHttp ? "OAuth1 (signed for http)" : "OAuth1";

        public override string? Caveat => SignForHttp
            ? "The store sits behind a TLS-terminating proxy: WordPress believes it is served over http, so requests are signed for the http form of the address (they still travel over https)."
            : null;

        public override void Apply(HttpRequestMessage request, ConsumerCredential credential)
        {
            Uri uri = request.RequestUri!;
            List<KeyValuePair<string, string>> parameters = QueryString.Parse(uri.Query);
            parameters.Add(Pair("oauth_consumer_key", credential.Key));
            parameters.Add(Pair("oauth_nonce", OAuthSigner.NewNonce()));
            parameters.Add(Pair("oauth_signature_method", OAuthSigner.Sha256));
            parameters.Add(Pair("oauth_timestamp", _clock().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)));

            Uri signedFor = SignForHttp ? StoreAddress.ToHttpForm(uri) : uri;
            string stringToSign = OAuthSigner.StringToSign(request.Method.Method, signedFor, parameters);
            parameters.Add(Pair("oauth_signature", OAuthSigner.Sign(stringToSign, credential.Secret, OAuthSigner.Sha256)));
            request.RequestUri = QueryString.WithQuery(uri, parameters);
        }

        private static KeyValuePair<string, string> Pair(string name, string value) => new KeyValuePair<string, string>(name, value);
    }
}
