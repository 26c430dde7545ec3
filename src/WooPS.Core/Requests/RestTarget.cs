using System;
using System.Collections.Generic;
using System.Linq;
using WooPS.Core.Http;

namespace WooPS.Core.Requests
{
    /// <summary>
    /// Where a request given by path goes: a route under the store's REST root and the query the path carried. The
    /// path may be relative to wc/v3 (<c>products/12</c>, <c>reports/sales?period=week</c>), absolute under the REST root
    /// (<c>/wc/v3/products</c>, <c>/wc-analytics/reports</c>, <c>/myplugin/v1/things</c>), or copied as people find it:
    /// with <c>/wp-json</c> in front, in the <c>?rest_route=</c> form of a store with Plain permalinks, or as a whole
    /// address of the session's store. Whatever the form, the request goes to /wp-json/…, the only address where
    /// WooCommerce's keys authenticate (captures 25b–25d). A path that would leave the REST root (a <c>..</c> segment,
    /// another site, a page of the store) is refused before anything is sent.
    /// </summary>
    internal sealed class RestTarget
    {
        private const string WpJson = "/wp-json";
        private const string RestRouteParameter = "rest_route";

        private RestTarget(string route, IReadOnlyList<KeyValuePair<string, string>> query)
        {
            Route = route;
            Query = query;
        }

        /// <summary>The route under the REST root, each segment encoded once: <c>/wc/v3/products/12</c>, <c>/</c> for the index.</summary>
        public string Route { get; }

        /// <summary>The query the path carried, decoded as PHP decodes it, <c>name[]</c> items numbered as PHP numbers them.</summary>
        public IReadOnlyList<KeyValuePair<string, string>> Query { get; }

        /// <summary>
        /// Whether WooCommerce authenticates its keys on this route: WC_REST_Authentication runs only where the address
        /// holds <c>wp-json/wc/</c> or <c>wp-json/wc-</c>; everywhere else a key's request is anonymous (capture 67f).
        /// </summary>
        public bool TakesWooCommerceKeys => Route.StartsWith("/wc/", StringComparison.OrdinalIgnoreCase) || Route.StartsWith("/wc-", StringComparison.OrdinalIgnoreCase);

        /// <summary>The route relative to wc/v3 (<c>products/12</c>), or null for a route of another namespace.</summary>
        public string? WcV3Route
        {
            get
            {
                string prefix = "/" + StoreAddress.ApiVersion + "/";
                return Route.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? Route.Substring(prefix.Length) : null;
            }
        }

        /// <param name="path">As the user gave it.</param>
        /// <param name="store">The session's store: a whole address must be one of its.</param>
        public static RestTarget Parse(string path, StoreAddress store)
        {
            string text = path.Trim();
            if (text.Length == 0)
            {
                throw Refused(path, "The path is empty: give a route such as products/12 or /wc/v3/products.");
            }

            if (text.IndexOf('#') >= 0)
            {
                throw Refused(path, "The path has a fragment (#…), which never reaches the store: leave it out.");
            }

            if (text.IndexOf('\\') >= 0)
            {
                throw Refused(path, "The path has a backslash: routes are written with forward slashes (products/12).");
            }

            int queryStart = text.IndexOf('?');
            string beforeQuery = queryStart < 0 ? text : text.Substring(0, queryStart);
            string query = queryStart < 0 ? string.Empty : text.Substring(queryStart + 1);

            string route;
            if (beforeQuery.Contains("://"))
            {
                route = RouteOfAddress(path, text, store);
            }
            else if (beforeQuery.StartsWith("//", StringComparison.Ordinal))
            {
                throw Refused(path, $"A path starting with // names another site: give a route of {store}'s REST API, such as /wc/v3/products.");
            }
            else if (beforeQuery.StartsWith("/", StringComparison.Ordinal))
            {
                route = beforeQuery;
            }
            else if (beforeQuery.Length == 0)
            {
                route = "/";
            }
            else
            {
                // Relative to the API root; a copied "wp-json/…" is meant from the REST root.
                route = IsUnder(beforeQuery, WpJson.TrimStart('/')) ? "/" + beforeQuery : "/" + StoreAddress.ApiVersion + "/" + beforeQuery;
            }

            if (IsUnder(route, WpJson))
            {
                route = route.Substring(WpJson.Length);
            }

            List<KeyValuePair<string, string>> pairs = QueryValues.FromQueryString(query);
            string? restRoute = pairs.Where(pair => pair.Key == RestRouteParameter).Select(pair => pair.Value).LastOrDefault();
            if (restRoute != null)
            {
                // The Plain permalinks form: the home page with the route in ?rest_route=.
                if (route.Trim('/').Length > 0)
                {
                    throw Refused(path, "rest_route= belongs to the store's home page (/?rest_route=/wc/v3/products): give the route either there or as the path, not both.");
                }

                route = restRoute;
                pairs.RemoveAll(pair => pair.Key == RestRouteParameter);
            }

            return new RestTarget(Normalize(path, route.Length == 0 ? "/" : route), pairs);
        }

        /// <summary>A path as it may be shown in errors: any credential in its query string removed.</summary>
        public static string Describe(string path)
        {
            int queryStart = path.IndexOf('?');
            if (queryStart < 0)
            {
                return path;
            }

            List<KeyValuePair<string, string>> kept = QueryString.Parse(path.Substring(queryStart + 1)).Where(pair => !Redaction.IsCredential(pair.Key)).ToList();
            return path.Substring(0, queryStart) + (kept.Count == 0 ? string.Empty : "?" + QueryString.Build(kept));
        }

        public override string ToString() => Route;

        /// <summary>The route a whole address of the store names: under its /wp-json, or its home page's ?rest_route=.</summary>
        private static string RouteOfAddress(string path, string text, StoreAddress store)
        {
            // .NET folds dot segments into the address it parses: look at them as written first.
            int pathStart = text.IndexOf('/', text.IndexOf("://", StringComparison.Ordinal) + 3);
            int queryStart = text.IndexOf('?');
            if (pathStart >= 0 && (queryStart < 0 || pathStart < queryStart))
            {
                foreach (string segment in text.Substring(pathStart, (queryStart < 0 ? text.Length : queryStart) - pathStart).Split('/'))
                {
                    CheckSegment(path, Uri.UnescapeDataString(segment));
                }
            }

            if (!Uri.TryCreate(text, UriKind.Absolute, out Uri? uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                throw Refused(path, "The path is not an address WooPS can read: give a route such as products/12, or an address of the store's REST API.");
            }

            Uri home = store.Home;
            if (!string.Equals(uri.Scheme, home.Scheme, StringComparison.OrdinalIgnoreCase) || !string.Equals(uri.Host, home.Host, StringComparison.OrdinalIgnoreCase) || uri.Port != home.Port)
            {
                throw Refused(path, $"{uri.GetLeftPart(UriPartial.Authority)} is not the session's store ({store}): the session's credentials go only to its own address. Give a route (products/12) or an address under {store}/wp-json/.");
            }

            string homePath = home.AbsolutePath.TrimEnd('/');
            string asked = uri.GetComponents(UriComponents.Path | UriComponents.KeepDelimiter, UriFormat.UriEscaped);
            if (!(asked == homePath || IsUnder(asked, homePath)))
            {
                throw Refused(path, $"{uri.GetLeftPart(UriPartial.Path)} is outside the store ({store}).");
            }

            string rest = asked.Substring(homePath.Length);
            if (rest.Trim('/').Length == 0)
            {
                // The home page: the route is in ?rest_route=, or this is the REST index.
                return "/";
            }

            if (!IsUnder(rest, WpJson))
            {
                throw Refused(path, $"{uri.GetLeftPart(UriPartial.Path)} is a page of the store, not its REST API: give an address under {store}/wp-json/, or a route (products/12).");
            }

            return rest;
        }

        /// <summary>
        /// The route with every segment decoded and encoded again, once: a segment that is <c>.</c> or <c>..</c> (written
        /// so or percent-encoded) or that hides a slash is refused, so the request cannot leave the REST root.
        /// </summary>
        private static string Normalize(string path, string route)
        {
            if (!route.StartsWith("/", StringComparison.Ordinal))
            {
                throw Refused(path, $"The route '{route}' does not start with a slash: a route under the REST root is written /wc/v3/products.");
            }

            string[] segments = route.Substring(1).Split('/');
            int count = segments.Length;
            if (count > 0 && segments[count - 1].Length == 0)
            {
                // A trailing slash: WordPress matches the route without it.
                count--;
            }

            var encoded = new List<string>(count);
            for (int i = 0; i < count; i++)
            {
                string segment = Uri.UnescapeDataString(segments[i]);
                if (segment.Length == 0)
                {
                    throw Refused(path, "The path has an empty segment (//): write each segment once (products/12).");
                }

                CheckSegment(path, segment);
                if (segment.IndexOf('/') >= 0 || segment.IndexOf('\\') >= 0)
                {
                    throw Refused(path, "The path has an encoded slash (%2F) in a segment: write the segments apart (products/12).");
                }

                encoded.Add(Rfc3986.Encode(segment));
            }

            return "/" + string.Join("/", encoded);
        }

        private static void CheckSegment(string path, string segment)
        {
            if (segment == "." || segment == "..")
            {
                throw Refused(path, "The path has a '" + segment + "' segment: it would leave the route it names, or the REST API itself. Write the route in full (products/12).");
            }
        }

        private static bool IsUnder(string path, string prefix) =>
            path.StartsWith(prefix + "/", StringComparison.OrdinalIgnoreCase) || string.Equals(path, prefix, StringComparison.OrdinalIgnoreCase);

        private static WooApiException Refused(string path, string message) =>
            new WooApiException(WooErrorCodes.WrongInput, message) { Target = Describe(path) };
    }
}
