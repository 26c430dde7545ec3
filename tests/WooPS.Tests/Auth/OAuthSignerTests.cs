using System;
using System.Collections.Generic;
using System.Linq;
using WooPS.Core.Auth;
using WooPS.Core.Http;

namespace WooPS.Tests.Auth
{
    /// <summary>Signatures of real requests a WooCommerce 10.0.2 store accepted (shared/reference captures 17–46).</summary>
    public class OAuthSignerTests
    {
        // The disposable loopback store's read_write key; its secret appears in capture 15.
        private const string Secret = "cs_dd224d1a051a6ac4a728e00bdcd64eeb745ef3d7";

        [Theory]
        [InlineData("GET", "http://127.0.0.1:18080", "/wp-json/wc/v3/products?oauth_consumer_key=ck_27182e353124dbbf8e046a7a86c55202a4bda217&oauth_nonce=d475a600608beca5311883f691f7dc05&oauth_signature_method=HMAC-SHA1&oauth_timestamp=1795819642&page=1&per_page=2&oauth_signature=yetOO710rc0pSq40Ps97jeDtRj0%3D")]
        [InlineData("GET", "http://127.0.0.1:18080", "/wp-json/wc/v3/products/16?oauth_consumer_key=ck_27182e353124dbbf8e046a7a86c55202a4bda217&oauth_nonce=79ce60b1594b3425a8a8e3895298a0ae&oauth_signature_method=HMAC-SHA256&oauth_timestamp=1795819662&oauth_signature=uN%2BNYjbb1o7O08OIy2SSAeA%2FSvYpFO7yvkL0%2BopW%2Bck%3D")]
        [InlineData("POST", "http://127.0.0.1:18080", "/wp-json/wc/v3/products/batch?oauth_consumer_key=ck_27182e353124dbbf8e046a7a86c55202a4bda217&oauth_nonce=8d1d3acd7ba6b7780903e2d45655b076&oauth_signature_method=HMAC-SHA1&oauth_timestamp=1795819644&oauth_signature=9npMFffCVKGLfcoPmjLzVcYcZIg%3D")]
        [InlineData("GET", "https://127.0.0.1:18443", "/wp-json/wc/v3/products?_fields=id%2Csku&oauth_consumer_key=ck_27182e353124dbbf8e046a7a86c55202a4bda217&oauth_nonce=1ba389b818b7278766eea0622d042728&oauth_signature_method=HMAC-SHA256&oauth_timestamp=1795820950&per_page=2&oauth_signature=C0xA8e0TQ92RfzFVZG6wfJC3rlV6ZiWcmPSL0ET9PsI%3D")]
        // Capture 45: sent to https://127.0.0.1:18445 (a TLS-terminating proxy), signed for the http form.
        [InlineData("GET", "http://127.0.0.1:18445", "/wp-json/wc/v3/products?_fields=id%2Csku&oauth_consumer_key=ck_27182e353124dbbf8e046a7a86c55202a4bda217&oauth_nonce=db70f92d52714e1e287f31174f8b8fc6&oauth_signature_method=HMAC-SHA256&oauth_timestamp=1795820954&per_page=2&oauth_signature=hCKKO5HwX8fHOpt4DIwYTMzxr%2BPctqpcMmlBufJ%2FQiE%3D")]
        public void Reproduces_the_signature_of_a_real_accepted_request(string method, string origin, string pathAndQuery)
        {
            var uri = new Uri(origin + pathAndQuery);
            List<KeyValuePair<string, string>> parameters = QueryString.Parse(uri.Query);
            string expected = parameters.Single(p => p.Key == "oauth_signature").Value;
            string signatureMethod = parameters.Single(p => p.Key == "oauth_signature_method").Value;
            parameters.RemoveAll(p => p.Key == "oauth_signature");

            string stringToSign = OAuthSigner.StringToSign(method, uri, parameters);

            Assert.Equal(expected, OAuthSigner.Sign(stringToSign, Secret, signatureMethod));
        }

        [Fact]
        public void Builds_the_string_to_sign_byte_for_byte_as_the_store_did()
        {
            // shared/reference/woocommerce-10.0.2/17-oauth-http-get.string-to-sign.txt
            const string Expected = "GET&http%3A%2F%2F127.0.0.1%3A18080%2Fwp-json%2Fwc%2Fv3%2Fproducts&oauth_consumer_key%3Dck_27182e353124dbbf8e046a7a86c55202a4bda217%26oauth_nonce%3Dd475a600608beca5311883f691f7dc05%26oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D1795819642%26page%3D1%26per_page%3D2";
            var parameters = new Dictionary<string, string>
            {
                ["per_page"] = "2",
                ["page"] = "1",
                ["oauth_timestamp"] = "1795819642",
                ["oauth_signature_method"] = "HMAC-SHA1",
                ["oauth_nonce"] = "d475a600608beca5311883f691f7dc05",
                ["oauth_consumer_key"] = "ck_27182e353124dbbf8e046a7a86c55202a4bda217",
            };

            Assert.Equal(Expected, OAuthSigner.StringToSign("GET", new Uri("http://127.0.0.1:18080/wp-json/wc/v3/products"), parameters));
        }

        [Fact]
        public void Encodes_values_twice_like_the_store_so_reserved_characters_match()
        {
            var parameters = new[] { new KeyValuePair<string, string>("search", "a b,c/ü") };

            string stringToSign = OAuthSigner.StringToSign("GET", new Uri("https://shop.example/wp-json/wc/v3/products"), parameters);

            // rawurlencode("search=" . rawurlencode("a b,c/ü"))
            Assert.EndsWith("&search%3Da%2520b%252Cc%252F%25C3%25BC", stringToSign);
        }

        [Fact]
        public void Strategy_signs_each_request_with_a_fresh_nonce_and_the_current_time()
        {
            var now = DateTimeOffset.FromUnixTimeSeconds(1795819642);
            var strategy = new OAuthStrategy(signForHttp: false, clock: () => now);
            var credential = ConsumerCredential.Create("ck_27182e353124dbbf8e046a7a86c55202a4bda217", Secret);

            string Nonce()
            {
                using var request = new System.Net.Http.HttpRequestMessage(System.Net.Http.HttpMethod.Get, "http://127.0.0.1:18080/wp-json/wc/v3/products?per_page=2");
                strategy.Apply(request, credential);
                List<KeyValuePair<string, string>> sent = QueryString.Parse(request.RequestUri!.Query);
                Assert.Equal("1795819642", sent.Single(p => p.Key == "oauth_timestamp").Value);
                Assert.Equal("HMAC-SHA256", sent.Single(p => p.Key == "oauth_signature_method").Value);
                Assert.DoesNotContain(sent, p => p.Value == Secret);
                return sent.Single(p => p.Key == "oauth_nonce").Value;
            }

            Assert.NotEqual(Nonce(), Nonce());
        }

        [Fact]
        public void Signing_for_http_keeps_host_and_a_non_default_port_and_drops_443()
        {
            Assert.Equal("http://127.0.0.1:18445/wp-json/wc/v3/products?x=1", StoreAddress.ToHttpForm(new Uri("https://127.0.0.1:18445/wp-json/wc/v3/products?x=1")).AbsoluteUri);
            Assert.Equal("http://shop.example/wp-json/wc/v3/products", StoreAddress.ToHttpForm(new Uri("https://shop.example/wp-json/wc/v3/products")).AbsoluteUri);
        }
    }
}
