using System.Collections.Generic;
using System.Net.Http;
using WooPS.Core.Http;
using WooPS.Core.Json;
using WooPS.Core.Resources;

namespace WooPS.Core.Requests
{
    /// <summary>
    /// One request given by method, path, query and body (<see cref="RestRequests.Prepare"/>), resolved and checked
    /// before anything is sent: where it goes, what it sends, and whose items its answer holds.
    /// </summary>
    public sealed class RestCall
    {
        /// <summary>The type name of items of a route WooPS has no descriptor for.</summary>
        public const string ItemTypeName = "WooPS.Item";

        private readonly RestTarget _target;
        private readonly StoreAddress _store;

        internal RestCall(HttpMethod method, string path, RestTarget target, IReadOnlyList<KeyValuePair<string, string>> query, byte[]? body, StoreAddress store)
        {
            HttpMethod = method;
            Path = RestTarget.Describe(path);
            _target = target;
            Query = query;
            Body = body;
            _store = store;
            Resource = target.WcV3Route is string route ? WooResource.ForRoute(route) : null;
        }

        /// <summary>GET, HEAD, POST, PUT, PATCH or DELETE.</summary>
        public string Method => HttpMethod.Method;

        /// <summary>The path as given (any credential in it removed): what errors name as their target.</summary>
        public string Path { get; }

        /// <summary>The route under the REST root: <c>/wc/v3/products/12</c>.</summary>
        public string Route => _target.Route;

        /// <summary>The address asked for, query included (never a credential: they are added on the way out).</summary>
        public string Address => QueryString.WithQuery(_store.UriOf(Route), Query).AbsoluteUri;

        /// <summary>A GET or HEAD: it changes nothing in the store.</summary>
        public bool IsRead => HttpMethod == HttpMethod.Get || HttpMethod == HttpMethod.Head;

        /// <summary>
        /// The collection whose items the route answers with (<c>products/12</c>, <c>coupons</c>), found by the
        /// descriptors' routes; null for a route WooPS has none for.
        /// </summary>
        public WooResource? Resource { get; }

        /// <summary>WooCommerce's key authentication runs on this route (/wc/…, /wc-…); elsewhere the key's requests are anonymous.</summary>
        public bool TakesWooCommerceKeys => _target.TakesWooCommerceKeys;

        internal HttpMethod HttpMethod { get; }

        internal IReadOnlyList<KeyValuePair<string, string>> Query { get; }

        internal byte[]? Body { get; }

        /// <summary>The type name of one item of the answer: the resource's (a variation among products keeps its own), else <see cref="ItemTypeName"/>.</summary>
        public string TypeNameOf(WooRecord record) => Resource?.TypeNameOf(record) ?? ItemTypeName;

        public override string ToString() => Method + " " + Address;

        internal WooRequest ToRequest()
        {
            var request = new WooRequest(HttpMethod, Route) { JsonBody = Body };
            request.Query.AddRange(Query);
            return request;
        }
    }
}
