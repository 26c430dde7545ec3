using System.Collections.Generic;

namespace WooPS.Core.Auth
{
    /// <summary>Which strategies a requested <see cref="AuthMethod"/> may use on a store, in the order Auto tries them.</summary>
    internal static class AuthCandidates
    {
        public static IReadOnlyList<AuthStrategy> For(AuthMethod requested, bool https)
        {
            if (!https)
            {
                if (requested == AuthMethod.Basic || requested == AuthMethod.QueryString)
                {
                    throw new WooApiException(
                        WooErrorCodes.InsecureAuth,
                        $"Over plain http WooCommerce ignores {requested} authentication, and it would send the consumer secret across the network in clear.",
                        hint: "Use the store's https address, or OAuth1 authentication (Auto picks it over http): OAuth signs each request and the secret never travels.");
                }

                return new AuthStrategy[] { new OAuthStrategy(signForHttp: false) };
            }

            switch (requested)
            {
                case AuthMethod.Basic:
                    return new AuthStrategy[] { new BasicAuthStrategy() };
                case AuthMethod.QueryString:
                    return new AuthStrategy[] { new QueryStringAuthStrategy() };
                case AuthMethod.OAuth1:
                    return new AuthStrategy[] { new OAuthStrategy(signForHttp: false), new OAuthStrategy(signForHttp: true) };
                default:
                    // Basic first; then, for hosts that drop the Authorization header, OAuth signed for https;
                    // then OAuth signed for http (TLS-terminating proxies); the query string last, as it exposes the secret.
                    return new AuthStrategy[]
                    {
                        new BasicAuthStrategy(),
                        new OAuthStrategy(signForHttp: false),
                        new OAuthStrategy(signForHttp: true),
                        new QueryStringAuthStrategy(),
                    };
            }
        }
    }
}
