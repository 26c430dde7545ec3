using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;

namespace WooPS.Core.Auth
{
    internal sealed class BasicAuthStrategy : AuthStrategy
    {
        public override string Description => "Basic";

        public override void Apply(HttpRequestMessage request, ConsumerCredential credential)
        {
            string token = Convert.ToBase64String(Encoding.UTF8.GetBytes(credential.Key + ":" + credential.Secret));
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", token);
        }
    }
}
