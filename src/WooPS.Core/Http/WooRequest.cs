using System;
using System.Collections.Generic;
using System.Net.Http;

namespace WooPS.Core.Http
{
    /// <summary>
    /// A call to a REST route: method, route, query, optional JSON body. The route is relative to wc/v3
    /// (<c>products/12</c>), or, starting with a slash, to the REST root (<c>/wc-analytics/reports</c>,
    /// <c>/myplugin/v1/things</c>), its segments already encoded.
    /// </summary>
    internal sealed class WooRequest
    {
        public WooRequest(HttpMethod method, string route)
        {
            Method = method;
            Route = route;
        }

        public HttpMethod Method { get; }

        public string Route { get; }

        /// <summary>The route under the REST root: <c>/wc/v3/products/12</c>.</summary>
        public string RestRoute => Route.StartsWith("/", StringComparison.Ordinal) ? Route : "/" + StoreAddress.ApiVersion + "/" + Route;

        public List<KeyValuePair<string, string>> Query { get; } = new List<KeyValuePair<string, string>>();

        public byte[]? JsonBody { get; set; }

        /// <summary>The store may receive it twice without harm although its method suggests otherwise (a batch of updates).</summary>
        public bool SafeToRepeat { get; set; }

        public WooRequest With(string name, string value)
        {
            Query.Add(new KeyValuePair<string, string>(name, value));
            return this;
        }
    }
}
