using System.Collections.Generic;
using System.Net.Http;
using WooPS.Core.Http;

namespace WooPS.Core.Auth
{
    internal sealed class QueryStringAuthStrategy : AuthStrategy
    {
        public override string Description => "QueryString";

        public override string Caveat =>
            "Authenticating with the key and secret in the query string: the secret is part of every URL and may be written to the store's and proxies' access logs.";

        public override void Apply(HttpRequestMessage request, ConsumerCredential credential)
        {
            List<KeyValuePair<string, string>> query = QueryString.Parse(request.RequestUri!.Query);
            query.Add(new KeyValuePair<string, string>("consumer_key", credential.Key));
            query.Add(new KeyValuePair<string, string>("consumer_secret", credential.Secret));
            request.RequestUri = QueryString.WithQuery(request.RequestUri, query);
        }
    }
}
