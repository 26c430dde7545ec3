using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using WooPS.Core;
using WooPS.Core.Auth;
using WooPS.Core.Http;
using WooPS.Core.Requests;
using WooPS.Tests.Support;

namespace WooPS.Tests.Requests
{
    /// <summary>
    /// Query values as WordPress reads them, encoded once, and signed so that WooCommerce's OAuth check agrees: the
    /// base strings of captures 17, 62, 62b and 62d are rebuilt byte for byte from the address WooPS sends.
    /// </summary>
    public class QueryEncodingTests
    {
        private const string Key = OfflineSession.Key;
        private const string Secret = OfflineSession.Secret;
        private const string HttpStore = "http://127.0.0.1:18080";

        [Fact]
        public void Reserved_and_non_ASCII_characters_are_encoded_once_and_signed_as_capture_62()
        {
            // shared/reference/woocommerce-10.0.2/62-oauth-http-search-reserved-chars-hmac-sha256.string-to-sign.txt
            const string Expected = "GET&http%3A%2F%2F127.0.0.1%3A18080%2Fwp-json%2Fwc%2Fv3%2Fproducts&oauth_consumer_key%3Dck_3f16664e34a754536ea594433ff67ed780fc9592%26oauth_nonce%3Dfef01985f9c1cbc4f5c926f1d602da0c%26oauth_signature_method%3DHMAC-SHA256%26oauth_timestamp%3D1796148452%26search%3DTee%2520%2526%2520Co%252F%25C3%25BC%252Bx";

            Uri sent = Address("products", Values(("search", "Tee & Co/ü+x")));

            Assert.Equal("/wp-json/wc/v3/products?search=Tee%20%26%20Co%2F%C3%BC%2Bx", sent.PathAndQuery);
            Assert.Equal(Expected, Signed(sent, "fef01985f9c1cbc4f5c926f1d602da0c", out string signature));
            Assert.Equal("Pq1CxBZUB15ADutm4pCRg+0eS8fTrzX/4tTMLTIoA48=", signature);
        }

        [Fact]
        public void A_comma_list_is_one_value_as_in_capture_62b()
        {
            const string Expected = "GET&http%3A%2F%2F127.0.0.1%3A18080%2Fwp-json%2Fwc%2Fv3%2Fproducts&_fields%3Did%252Csku%26include%3D10%252C11%252C12%26oauth_consumer_key%3Dck_3f16664e34a754536ea594433ff67ed780fc9592%26oauth_nonce%3D3409b130c23f9f2c279159a863e26687%26oauth_signature_method%3DHMAC-SHA256%26oauth_timestamp%3D1796148452";

            Uri sent = Address("products", Values(("_fields", "id,sku"), ("include", "10,11,12")));

            Assert.Equal(Expected, Signed(sent, "3409b130c23f9f2c279159a863e26687", out string signature));
            Assert.Equal("UXCxNnq54AsCtsB4UGh3zfA/Nft+meV3oBb3KO/MBkg=", signature);
        }

        [Fact]
        public void An_array_goes_as_PHP_s_numbered_keys_and_is_signed_as_capture_62d_never_as_62c()
        {
            // 62d's base string: what WooCommerce rebuilds from PHP's array, and accepted.
            const string Expected = "GET&http%3A%2F%2F127.0.0.1%3A18080%2Fwp-json%2Fwc%2Fv3%2Fproducts&_fields%3Did%252Csku%26include%255B0%255D%3D10%26include%255B1%255D%3D11%26include%255B2%255D%3D12%26oauth_consumer_key%3Dck_3f16664e34a754536ea594433ff67ed780fc9592%26oauth_nonce%3D95c468beccdcc6aa0414b82b5197550a%26oauth_signature_method%3DHMAC-SHA256%26oauth_timestamp%3D1796148452";

            Uri sent = Address("products", Values(("_fields", "id,sku"), ("include", new[] { 10, 11, 12 })));

            Assert.Equal("/wp-json/wc/v3/products?_fields=id%2Csku&include%5B0%5D=10&include%5B1%5D=11&include%5B2%5D=12", sent.PathAndQuery);
            string stringToSign = Signed(sent, "95c468beccdcc6aa0414b82b5197550a", out string signature);
            Assert.Equal(Expected, stringToSign);
            Assert.Equal("uFcgKQ66i97r9D8UR9WmPbDDbStspA+aOlc83ly00io=", signature);
            // 62c signed the literal key include[] and was refused.
            Assert.DoesNotContain("include%255B%255D", stringToSign);
        }

        [Fact]
        public void A_path_written_with_include_brackets_is_numbered_as_PHP_numbers_it()
        {
            Uri fromPath = Address("products?_fields=id,sku&include[]=10&include[]=11&include[]=12", null);
            Uri fromQuery = Address("products", Values(("_fields", "id,sku"), ("include", new[] { 10, 11, 12 })));
            Uri byHand = Address("products", Values(("_fields", "id,sku"), ("include[]", new[] { "10", "11", "12" })));

            Assert.Equal(fromQuery, fromPath);
            Assert.Equal(fromQuery, byHand);
        }

        [Fact]
        public void The_page_parameters_of_capture_17_sign_as_the_store_did()
        {
            const string Expected = "GET&http%3A%2F%2F127.0.0.1%3A18080%2Fwp-json%2Fwc%2Fv3%2Fproducts&oauth_consumer_key%3Dck_27182e353124dbbf8e046a7a86c55202a4bda217%26oauth_nonce%3Dd475a600608beca5311883f691f7dc05%26oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D1795819642%26page%3D1%26per_page%3D2";

            Uri sent = Address("/wc/v3/products", Values(("per_page", 2), ("page", 1)));
            List<KeyValuePair<string, string>> parameters = QueryString.Parse(sent.Query);
            parameters.Add(P("oauth_consumer_key", "ck_27182e353124dbbf8e046a7a86c55202a4bda217"));
            parameters.Add(P("oauth_nonce", "d475a600608beca5311883f691f7dc05"));
            parameters.Add(P("oauth_signature_method", "HMAC-SHA1"));
            parameters.Add(P("oauth_timestamp", "1795819642"));

            Assert.Equal(Expected, OAuthSigner.StringToSign("GET", sent, parameters));
        }

        [Fact]
        public void A_long_array_keeps_its_order_in_the_base_string()
        {
            Uri sent = Address("products", Values(("include", Enumerable.Range(1, 12).ToArray()), ("a", "x"), ("in", "y")));

            string stringToSign = Signed(sent, "n", out _);

            // uksort by name ("a" < "in" < "include"), then the array's items in their own order: [10], [11] after [9].
            string parameters = stringToSign.Substring(stringToSign.LastIndexOf('&') + 1);
            string[] names = parameters.Split(new[] { "%26" }, StringSplitOptions.None).Select(pair => pair.Substring(0, pair.IndexOf("%3D", StringComparison.Ordinal))).ToArray();
            Assert.Equal(
                new[] { "a", "in" }.Concat(Enumerable.Range(0, 12).Select(i => $"include%255B{i}%255D")).Concat(new[] { "oauth_consumer_key", "oauth_nonce", "oauth_signature_method", "oauth_timestamp" }),
                names);
        }

        [Fact]
        public void Booleans_numbers_and_null_go_as_WordPress_reads_them_whatever_the_culture()
        {
            CultureInfo before = Thread.CurrentThread.CurrentCulture;
            Thread.CurrentThread.CurrentCulture = new CultureInfo("de-DE");
            try
            {
                List<KeyValuePair<string, string>> pairs = QueryValues.Encode(Values(
                    ("on_sale", true), ("featured", false), ("min_price", 12.5m), ("ratio", 0.1), ("big", 1234567L), ("gone", null), ("list", new object?[] { 1.5, null, "b" })));

                Assert.Equal(
                    new[] { P("on_sale", "true"), P("featured", "false"), P("min_price", "12.5"), P("ratio", "0.1"), P("big", "1234567"), P("list[0]", "1.5"), P("list[1]", "b") },
                    pairs);
            }
            finally
            {
                Thread.CurrentThread.CurrentCulture = before;
            }
        }

        [Fact]
        public void Dates_go_in_ISO_8601_local_and_UTC_with_their_offset_unspecified_as_written()
        {
            var unspecified = new DateTime(2026, 12, 24, 10, 30, 0, DateTimeKind.Unspecified);
            var utc = new DateTime(2026, 12, 24, 10, 30, 0, DateTimeKind.Utc);
            var local = new DateTime(2026, 12, 24, 10, 30, 0, DateTimeKind.Local);
            var offset = new DateTimeOffset(2026, 12, 24, 10, 30, 0, TimeSpan.FromHours(2));
            string localOffset = new DateTimeOffset(local).ToString("zzz", CultureInfo.InvariantCulture);

            List<KeyValuePair<string, string>> pairs = QueryValues.Encode(Values(("after", unspecified), ("before", utc), ("modified_after", local), ("modified_before", offset)));

            Assert.Equal(
                new[] { P("after", "2026-12-24T10:30:00"), P("before", "2026-12-24T10:30:00+00:00"), P("modified_after", "2026-12-24T10:30:00" + localOffset), P("modified_before", "2026-12-24T10:30:00+02:00") },
                pairs);
            // '+' is encoded, or PHP would read a space.
            Assert.Contains("before=2026-12-24T10%3A30%3A00%2B00%3A00", Address("orders", Values(("before", utc))).Query);
        }

        [Theory]
        [InlineData("a b", "a%20b")]
        [InlineData("a&b=c", "a%26b%3Dc")]
        [InlineData("a/b", "a%2Fb")]
        [InlineData("a+b", "a%2Bb")]
        [InlineData("a~b", "a~b")]
        [InlineData("ü€", "%C3%BC%E2%82%AC")]
        public void Each_value_is_encoded_once(string value, string sent) =>
            Assert.EndsWith("?q=" + sent, Address("products", Values(("q", value))).AbsoluteUri);

        [Fact]
        public void Structured_values_are_refused_with_where_to_send_them()
        {
            WooApiException hashtable = Assert.Throws<WooApiException>(() => QueryValues.Encode(Values(("meta", new Hashtable { ["a"] = 1 }))));
            WooApiException nested = Assert.Throws<WooApiException>(() => QueryValues.Encode(Values(("ids", new object[] { new[] { 1, 2 } }))));
            WooApiException mixed = Assert.Throws<WooApiException>(() => QueryValues.FromQueryString("a=1&a[]=2"));

            Assert.Contains("in the body", hashtable.Message);
            Assert.Contains("list inside a list", nested.Message);
            Assert.Contains("both alone and as a list", mixed.Message);
        }

        [Theory]
        [InlineData("products?consumer_key=ck_x", null, "consumer_key")]
        [InlineData("products", "consumer_secret", "consumer_secret")]
        [InlineData("products?oauth_signature=abc", null, "oauth_signature")]
        [InlineData("products?_method=DELETE", null, "_method")]
        [InlineData("products?per_page=5", "per_page", "given both in the path's query string and in the query")]
        public void Credentials_a_method_override_and_a_parameter_given_twice_are_refused(string path, string? queryName, string why)
        {
            var query = queryName == null ? null : Values((queryName, "x"));

            WooApiException refused = Assert.Throws<WooApiException>(() => Prepare(path, query));

            Assert.Contains(why, refused.Message);
            Assert.Equal("woops_wrong_input", refused.Code);
        }

        /// <summary>The address WooPS sends for a GET of this path and query (credentials are added later, by the auth handler).</summary>
        private static Uri Address(string path, IEnumerable<KeyValuePair<string, object?>>? query) => new Uri(Prepare(path, query).Address);

        private static RestCall Prepare(string path, IEnumerable<KeyValuePair<string, object?>>? query) =>
            OfflineSession.Prepare(HttpStore, "GET", path, query);

        /// <summary>The base string the OAuth strategy builds for this address, with capture 62's key and timestamp and the nonce given.</summary>
        private static string Signed(Uri sent, string nonce, out string signature)
        {
            List<KeyValuePair<string, string>> parameters = QueryString.Parse(sent.Query);
            parameters.Add(P("oauth_consumer_key", Key));
            parameters.Add(P("oauth_nonce", nonce));
            parameters.Add(P("oauth_signature_method", OAuthSigner.Sha256));
            parameters.Add(P("oauth_timestamp", "1796148452"));
            string stringToSign = OAuthSigner.StringToSign("GET", sent, parameters);
            signature = OAuthSigner.Sign(stringToSign, Secret, OAuthSigner.Sha256);
            return stringToSign;
        }

        private static List<KeyValuePair<string, object?>> Values(params (string Name, object? Value)[] values) =>
            values.Select(value => new KeyValuePair<string, object?>(value.Name, value.Value)).ToList();

        private static KeyValuePair<string, string> P(string name, string value) => new KeyValuePair<string, string>(name, value);
    }
}
