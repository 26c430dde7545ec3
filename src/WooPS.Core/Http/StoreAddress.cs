using System;

namespace WooPS.Core.Http
{
    /// <summary>
    /// The store's home address, normalised from whatever users paste: no scheme (https is assumed),
    /// trailing slashes, a subdirectory install, or a copied REST URL with <c>/wp-json/…</c> or <c>?rest_route=</c>.
    /// </summary>
    public sealed class StoreAddress
    {
        private const string RestPrefix = "/wp-json";

        private StoreAddress(Uri home)
        {
            Home = home;
        }

        /// <summary>The home address without a trailing slash, e.g. <c>https://example.com/shop</c>.</summary>
        public Uri Home { get; }

        public bool IsHttps => Home.Scheme == Uri.UriSchemeHttps;

        /// <summary>The base every wc/v3 route hangs off, with a trailing slash.</summary>
        public Uri ApiBase => UriOf("/" + ApiVersion + "/");

        /// <summary>The REST index of WordPress itself.</summary>
        public Uri RestRoot => UriOf("/");

        /// <summary>
        /// The address of a route under the REST root (<c>/wc/v3/products</c>, <c>/wp/v2/users/me</c>), its segments
        /// already encoded. Always under /wp-json: WooCommerce's key authentication runs nowhere else (captures 25b–25d).
        /// </summary>
        public Uri UriOf(string restRoute) => new Uri(Home.AbsoluteUri.TrimEnd('/') + RestPrefix + restRoute);

        /// <summary>The path of the REST root, e.g. <c>/shop/wp-json</c>: what every route's address starts with.</summary>
        internal string RestPath => Home.AbsolutePath.TrimEnd('/') + RestPrefix;

        public const string ApiVersion = "wc/v3";

        public static StoreAddress Parse(string? url)
        {
            string text = (url ?? string.Empty).Trim();
            if (text.Length == 0)
            {
                throw Invalid(text, "The store URL is empty.");
            }

            if (!text.Contains("://"))
            {
                text = "https://" + text;
            }

            if (!Uri.TryCreate(text, UriKind.Absolute, out Uri? uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) || uri.Host.Length == 0)
            {
                throw Invalid(text, $"'{WithoutQuery(url!)}' is not a store address: give one like https://shop.example or https://example.com/shop.");
            }

            string path = uri.AbsolutePath;
            int rest = path.IndexOf(RestPrefix, StringComparison.OrdinalIgnoreCase);
            if (rest >= 0 && (rest + RestPrefix.Length == path.Length || path[rest + RestPrefix.Length] == '/'))
            {
                path = path.Substring(0, rest);
            }

            var builder = new UriBuilder(uri.Scheme, uri.Host, uri.Port, path.TrimEnd('/'));
            return new StoreAddress(new Uri(builder.Uri.GetLeftPart(UriPartial.Path).TrimEnd('/')));
        }

        /// <summary>
        /// The same address as WordPress behind a TLS-terminating proxy believes it serves: http, same host,
        /// the port only when it is not https's default.
        /// </summary>
        public static Uri ToHttpForm(Uri requestUri)
        {
            var builder = new UriBuilder(requestUri) { Scheme = Uri.UriSchemeHttp };
            builder.Port = requestUri.IsDefaultPort ? -1 : requestUri.Port;
            return builder.Uri;
        }

        /// <summary>Said whenever a store is used over plain http.</summary>
        public string PlainHttpWarning =>
            $"{this} is plain http: the secret never travels (requests are signed with OAuth), but everything else, orders and customers included, crosses the network in clear.";

        public override string ToString() => Home.AbsoluteUri.TrimEnd('/');

        /// <summary>
        /// An address the user gave, fit to show in an error: normalised when it can be, and never with its query
        /// string, where a URL copied from WooCommerce's docs carries consumer_secret.
        /// </summary>
        public static string Describe(string? url)
        {
            try
            {
                return Parse(url).ToString();
            }
            catch (WooApiException)
            {
                return WithoutQuery(url ?? string.Empty);
            }
        }

        private static string WithoutQuery(string url)
        {
            int query = url.IndexOf('?');
            return (query < 0 ? url : url.Substring(0, query)).Trim();
        }

        private static WooApiException Invalid(string target, string message) =>
            new WooApiException(WooErrorCodes.InvalidUrl, message) { Target = WithoutQuery(target) };
    }
}
