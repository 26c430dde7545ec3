namespace WooPS.Core.Auth
{
    /// <summary>How a session proves its key to the store.</summary>
    public enum AuthMethod
    {
        /// <summary>Basic over https, OAuth 1.0a over http; over https falls back when the host loses the header.</summary>
        Auto,
        /// <summary>HTTP Basic with key and secret (https only).</summary>
        Basic,
        /// <summary>consumer_key and consumer_secret in the query string (https only; the secret lands in URLs and logs).</summary>
        QueryString,
        /// <summary>OAuth 1.0a one-legged, HMAC-SHA256: the secret never travels.</summary>
        OAuth1,
    }
}
