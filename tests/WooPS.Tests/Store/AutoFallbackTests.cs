using System;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using WooPS.Core;
using WooPS.Core.Auth;
using WooPS.Tests.Support;

namespace WooPS.Tests.Store
{
    /// <summary>Auto on the two broken hosts of the reference (captures 41–46), and its last resort.</summary>
    public class AutoFallbackTests : StoreTests
    {
        [Fact]
        public async Task On_a_host_that_strips_the_Authorization_header_Auto_signs_with_OAuth_for_https()
        {
            Store.Modes.StripAuthorization = true;

            using WooSession session = await ConnectAsync(Store.HttpsUrl, Store.Keys.ReadWrite);

            Assert.Equal("OAuth1", session.AuthMethod);
            Assert.Equal(25, (await ListAllAsync(session)).Count);
            Assert.DoesNotContain(WireTextOf(Store.Requests), text => text.Contains(Store.Keys.ReadWrite.Secret));
        }

        [Fact]
        public async Task Behind_a_TLS_terminating_proxy_Auto_signs_for_the_http_form_of_the_address()
        {
            Store.Modes.TlsTerminatingProxy = true;

            using WooSession session = await ConnectAsync(Store.HttpsUrl, Store.Keys.ReadWrite);

            Assert.Equal("OAuth1 (signed for http)", session.AuthMethod);
            Assert.Equal(25, (await ListAllAsync(session)).Count);
            Assert.All(Store.Requests, r => Assert.Equal("https", r.Scheme));
            Assert.Contains(Log.VerboseMessages, m => m.Contains("TLS-terminating proxy"));
        }

        [Fact]
        public async Task Once_settled_the_session_keeps_its_method_and_asks_once_per_request()
        {
            Store.Modes.TlsTerminatingProxy = true;
            using WooSession session = await ConnectAsync(Store.HttpsUrl, Store.Keys.ReadWrite);
            Store.ClearRequests();

            await session.Resources.GetAsync(WooPS.Core.Resources.WooResource.Products, (await ListAllAsync(session))[0].Id!.Value, Log, default);

            Assert.Equal(2, Store.Requests.Count);
        }

        [Fact]
        public async Task An_unknown_key_on_a_header_stripping_host_is_still_named_as_unknown()
        {
            Store.Modes.StripAuthorization = true;
            var credential = ConsumerCredential.Create("ck_" + new string('1', 40), "cs_" + new string('2', 40));

            var failure = await Assert.ThrowsAsync<WooApiException>(() => WooSession.ConnectAsync(Options(Store.HttpsUrl, credential), Log, default));

            Assert.Equal("woops_unknown_key", failure.Code);
        }

        [Fact]
        public async Task The_query_string_is_the_last_resort_and_verbose_says_the_secret_is_in_URLs()
        {
            // A host whose firewall drops the Authorization header and every oauth_* parameter:
            // only consumer_key/consumer_secret in the query string get through.
            Func<HttpMessageHandler> primary = () => new OnlyQueryStringKeysGetThrough(Store.Keys.ReadWrite.Key);

            using WooSession session = await ConnectAsync(Store.HttpsUrl, Store.Keys.ReadWrite, primaryHandler: primary);

            Assert.Equal("QueryString", session.AuthMethod);
            Assert.Contains(Log.VerboseMessages, m => m.Contains("secret is part of every URL"));
            Assert.Contains(Log.VerboseMessages, m => m.Contains("trying OAuth1 (signed for http)"));
            Assert.DoesNotContain(Log.All, m => m.Contains(Store.Keys.ReadWrite.Secret));
        }

        private sealed class OnlyQueryStringKeysGetThrough : HttpMessageHandler
        {
            private readonly string _key;

            public OnlyQueryStringKeysGetThrough(string key) => _key = key;

            protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                bool keyArrived = ("&" + request.RequestUri!.Query.TrimStart('?')).Contains("&consumer_key=" + _key);
                var response = keyArrived
                    ? Json(HttpStatusCode.OK, "[{\"id\":1}]")
                    : Json(HttpStatusCode.Unauthorized, "{\"code\":\"woocommerce_rest_cannot_view\",\"message\":\"Sorry, you cannot list resources.\",\"data\":{\"status\":401}}");
                return Task.FromResult(response);
            }

            private static HttpResponseMessage Json(HttpStatusCode status, string body) =>
                new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        }
    }
}
