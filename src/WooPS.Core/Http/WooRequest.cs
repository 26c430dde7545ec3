using System.Collections.Generic;
using System.Net.Http;

namespace WooPS.Core.Http
{
    /// <summary>A call to a wc/v3 route: method, route relative to wc/v3, query, optional JSON body.</summary>
    internal sealed class WooRequest
    {
        public WooRequest(HttpMethod method, string route)
        {
            Method = method;
            Route = route;
        }

        public HttpMethod Method { get; }

        public string Route { get; }

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
