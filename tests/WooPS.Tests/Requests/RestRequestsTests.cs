using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Specialized;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using WooPS.Core;
using WooPS.Core.Auth;
using WooPS.Core.Json;
using WooPS.Core.Paging;
using WooPS.Core.Requests;
using WooPS.FakeStore;
using WooPS.Tests.Support;

namespace WooPS.Tests.Requests
{
    /// <summary>Requests to any route, through the session's connection, against the fake store: what is sent, how answers are read, paging, errors.</summary>
    public class RestRequestsTests : StoreTests
    {
        [Fact]
        public async Task A_known_route_s_items_are_read_as_its_resource_reads_them()
        {
            using WooSession session = await ConnectAsync(Store.HttpsUrl, Store.Keys.ReadWrite);
            long category = await CreateCategoryAsync(session, "Tools & Sheds");

            RestAnswer product = await SendAsync(session, "GET", "products/10");
            RestAnswer coupons = await SendAsync(session, "GET", "coupons");
            RestAnswer term = await SendAsync(session, "GET", $"/wc/v3/products/categories/{category}");

            WooRecord one = Assert.IsType<WooRecord>(Assert.Single(product.Items));
            Assert.False(product.IsList);
            Assert.Equal("WooPS.Product", Prepare(session, "GET", "products/10").TypeNameOf(one));
            Assert.IsType<decimal>(one["regular_price"]);
            Assert.IsType<DateTime>(one["date_created"]);
            Assert.True(coupons.IsList);
            Assert.Equal(3, coupons.Items.Count);
            Assert.All(coupons.Items, coupon => Assert.Equal("WooPS.Coupon", Prepare(session, "GET", "coupons").TypeNameOf((WooRecord)coupon!)));
            // Term names come back HTML-encoded; the descriptor decodes them, as Get-WooProductCategory does.
            Assert.Equal("Tools & Sheds", ((WooRecord)term.Items[0]!)["name"]);
        }

        [Fact]
        public async Task A_route_WooPS_does_not_know_is_read_as_it_came()
        {
            using WooSession session = await ConnectAsync(Store.HttpsUrl, Store.Keys.ReadWrite);

            RestCall call = Prepare(session, "GET", "data/currencies/usd");
            RestAnswer currency = await session.Requests.SendAsync(call, raw: false, Log, default);
            RestAnswer status = await SendAsync(session, "GET", "system_status");

            Assert.Null(call.Resource);
            WooRecord usd = Assert.IsType<WooRecord>(Assert.Single(currency.Items));
            Assert.Equal("WooPS.Item", call.TypeNameOf(usd));
            Assert.Equal("&#36;", usd["symbol"]);
            WooRecord report = Assert.IsType<WooRecord>(Assert.Single(status.Items));
            Assert.Equal(2L, ((WooRecord)report["settings"]!)["number_of_decimals"]);
        }

        [Fact]
        public async Task HEAD_answers_with_headers_and_no_items()
        {
            using WooSession session = await ConnectAsync(Store.HttpsUrl, Store.Keys.ReadWrite);

            RestAnswer head = await SendAsync(session, "HEAD", "products?per_page=1");

            Assert.Equal(200, head.StatusCode);
            Assert.Empty(head.Items);
            Assert.Equal(string.Empty, head.Content);
            Assert.Equal(25, head.TotalItems);
            Assert.Equal("25", head.Headers.Single(header => header.Key == "X-WP-TotalPages").Value);
        }

        [Fact]
        public async Task All_follows_the_pages_in_order_with_the_caller_s_query_as_given()
        {
            using WooSession session = await ConnectAsync(Store.HttpsUrl, Store.Keys.ReadWrite);
            var byPage = new List<long>();
            for (int page = 1; page <= 4; page++)
            {
                byPage.AddRange((await SendAsync(session, "GET", $"products?per_page=7&page={page}&orderby=id&order=asc")).Items.Cast<WooRecord>().Select(item => item.Id!.Value));
            }

            Store.ClearRequests();
            (List<WooRecord> all, _) = await ListAllAsync(session, "products?orderby=id&order=asc", Query(("per_page", 7)));

            Assert.Equal(byPage, all.Select(item => item.Id!.Value));
            Assert.Equal(25, all.Count);
            string[] sent = Store.Requests.Select(request => request.PathAndQuery).ToArray();
            Assert.Equal(4, sent.Length);
            Assert.All(sent, target => Assert.Contains("per_page=7", target));
            // Nothing of WooPS's own is added: the order is the caller's, given once.
            Assert.All(sent, target => Assert.Single(target.Split('?', '&'), part => part.StartsWith("orderby=", StringComparison.Ordinal)));
        }

        [Fact]
        public async Task All_asks_once_where_the_store_announces_no_pages_and_takes_an_object_as_one_item()
        {
            using WooSession session = await ConnectAsync(Store.HttpsUrl, Store.Keys.ReadWrite);

            Store.ClearRequests();
            (List<WooRecord> currencies, _) = await ListAllAsync(session, "data/currencies");
            int currencyRequests = Store.Requests.Count;
            (List<WooRecord> status, _) = await ListAllAsync(session, "system_status");
            (List<WooRecord> settings, _) = await ListAllAsync(session, "/wc/v3/settings/general");

            Assert.Equal(1, currencyRequests);
            Assert.Contains(currencies, currency => (string?)currency["code"] == "EUR");
            Assert.NotNull(Assert.Single(status)["environment"]);
            Assert.Contains(settings, setting => (string?)setting["id"] == "woocommerce_price_num_decimals");
            Assert.Equal(3, Store.Requests.Count);
        }

        [Theory]
        [InlineData("POST")]
        [InlineData("HEAD")]
        public async Task All_is_for_GET_only(string method)
        {
            using WooSession session = await ConnectAsync(Store.HttpsUrl, Store.Keys.ReadWrite);

            WooApiException refused = await Assert.ThrowsAsync<WooApiException>(() => session.Requests.ListAllAsync(Prepare(session, method, "products"), record => record, page => Task.FromResult(true), Log, default));

            Assert.Equal("woops_wrong_input", refused.Code);
            Assert.DoesNotContain(Store.Requests, request => request.Method == method);
        }

        [Fact]
        public async Task A_POST_and_a_PUT_round_trip_with_WooCommerce_s_field_rules()
        {
            using WooSession session = await ConnectAsync(Store.HttpsUrl, Store.Keys.ReadWrite);

            RestAnswer created = await SendAsync(session, "POST", "products", body: new OrderedDictionary { ["name"] = "Generic Tee", ["regular_price"] = 19.9, ["sku"] = "GENERIC-TEE" });
            long id = ((WooRecord)created.Items[0]!).Id!.Value;
            RestAnswer updated = await SendAsync(session, "PUT", $"products/{id}", body: "{\"regular_price\":\"24.50\"}");
            RestAnswer read = await SendAsync(session, "GET", $"products/{id}");

            Assert.Equal(201, created.StatusCode);
            Assert.Contains(created.Headers, header => header.Key == "Location" && header.Value.EndsWith($"/wp-json/wc/v3/products/{id}", StringComparison.Ordinal));
            Assert.Equal("{\"name\":\"Generic Tee\",\"regular_price\":\"19.9\",\"sku\":\"GENERIC-TEE\"}", Store.Requests.Single(request => request.Method == "POST").Body);
            Assert.Equal(24.5m, ((WooRecord)updated.Items[0]!)["regular_price"]);
            Assert.Equal(24.5m, ((WooRecord)read.Items[0]!)["regular_price"]);
        }

        [Fact]
        public async Task A_POST_answered_503_is_not_sent_again_and_a_PUT_is()
        {
            using WooSession session = await ConnectAsync(Store.HttpsUrl, Store.Keys.ReadWrite);
            Store.Modes.FaultScript =
            [
                new FaultRule("POST", "^/wc/v3/products$", ScriptedFaultAction.Unavailable) { Nth = [1] },
                new FaultRule("PUT", "^/wc/v3/products/10$", ScriptedFaultAction.Unavailable) { Nth = [1] },
            ];

            WooApiException busy = await Assert.ThrowsAsync<WooApiException>(() => SendAsync(session, "POST", "products", body: new Hashtable { ["name"] = "Once" }));
            RestAnswer put = await SendAsync(session, "PUT", "products/10", body: new Hashtable { ["name"] = "Twice" });

            Assert.Equal(503, busy.StatusCode);
            Assert.Single(Store.Requests, request => request.Method == "POST");
            Assert.Equal(200, put.StatusCode);
            Assert.Equal(2, Store.Requests.Count(request => request.Method == "PUT"));
        }

        [Theory]
        [InlineData(AuthMethod.Basic, "https")]
        [InlineData(AuthMethod.QueryString, "https")]
        [InlineData(AuthMethod.OAuth1, "http")]
        public async Task Reserved_characters_arrays_and_dates_reach_the_store_under_every_auth_method(AuthMethod method, string scheme)
        {
            using WooSession session = await ConnectAsync(scheme == "https" ? Store.HttpsUrl : Store.HttpUrl, Store.Keys.ReadWrite, method);
            int[] ids = Enumerable.Range(10, 12).ToArray();

            RestAnswer array = await SendAsync(session, "GET", "products", Query(("include", ids), ("per_page", 100)));
            RestAnswer commas = await SendAsync(session, "GET", "products", Query(("include", string.Join(",", ids)), ("per_page", 100)));
            RestAnswer reserved = await SendAsync(session, "GET", "products", Query(("search", "a & b/ü+~"), ("modified_after", new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc)), ("on_sale", false)));

            // The store took the signature, and PHP made an array of include[0]…include[11]: the same filter as the comma list.
            Assert.Equal(200, array.StatusCode);
            Assert.Equal(commas.Items.Cast<WooRecord>().Select(item => item.Id), array.Items.Cast<WooRecord>().Select(item => item.Id));
            Assert.NotEmpty(array.Items);
            Assert.Equal(200, reserved.StatusCode);
            Assert.Contains(Store.Requests, request => request.PathAndQuery.Contains("search=a%20%26%20b%2F%C3%BC%2B~&modified_after=2001-01-01T00%3A00%3A00%2B00%3A00&on_sale=false", StringComparison.Ordinal));
        }

        [Fact]
        public async Task A_WordPress_route_that_refuses_the_key_says_WooCommerce_keys_authenticate_only_WooCommerce_s_routes()
        {
            using WooSession session = await ConnectAsync(Store.HttpsUrl, Store.Keys.ReadWrite);

            WooApiException refused = await Assert.ThrowsAsync<WooApiException>(() => SendAsync(session, "GET", "/wp-json/wp/v2/users/me"));

            Assert.Equal(("rest_not_logged_in", 401, WooErrorKind.AuthenticationError), (refused.Code, refused.StatusCode, refused.Kind));
            Assert.StartsWith("GET /wp/v2/users/me: the store answered 401 (rest_not_logged_in: \"You are not currently logged in.\"). WooCommerce's API keys authenticate only WooCommerce's own routes (/wc/…, /wc-…)", refused.Message);
            Assert.Equal("/wp-json/wp/v2/users/me", refused.Target);
        }

        [Fact]
        public async Task A_refused_HEAD_says_its_status_and_where_the_reason_is()
        {
            using WooSession session = await ConnectAsync(Store.HttpsUrl, Store.Keys.Write);

            WooApiException refused = await Assert.ThrowsAsync<WooApiException>(() => SendAsync(session, "HEAD", "products"));

            Assert.Equal((401, WooErrorKind.AuthenticationError), (refused.StatusCode, refused.Kind));
            Assert.Equal("HEAD /wc/v3/products: the store answered 401. An answer to a HEAD has no body to say why; the same request as a GET shows WooCommerce's error.", refused.Message);
        }

        [Fact]
        public async Task A_route_the_store_does_not_have_says_so()
        {
            using WooSession session = await ConnectAsync(Store.HttpsUrl, Store.Keys.ReadWrite);

            WooApiException missing = await Assert.ThrowsAsync<WooApiException>(() => SendAsync(session, "GET", "/myplugin/v1/things"));
            WooApiException wrongMethod = await Assert.ThrowsAsync<WooApiException>(() => SendAsync(session, "DELETE", "system_status"));

            Assert.Equal(("rest_no_route", 404, WooErrorKind.ObjectNotFound), (missing.Code, missing.StatusCode, missing.Kind));
            Assert.Contains("this store has no such route, or not for GET", missing.Message);
            Assert.Contains("a plugin's route exists only while the plugin is active", missing.Message);
            Assert.Contains("not for DELETE", wrongMethod.Message);
        }

        [Fact]
        public async Task Raw_keeps_the_body_as_text_and_the_headers_without_credentials()
        {
            using WooSession session = await ConnectAsync(Store.HttpsUrl, Store.Keys.ReadWrite, AuthMethod.QueryString);

            RestAnswer raw = await session.Requests.SendAsync(Prepare(session, "GET", "products?per_page=5"), raw: true, Log, default);

            Assert.Empty(raw.Items);
            Assert.StartsWith("[{\"id\":", raw.Content);
            Assert.Equal("application/json; charset=UTF-8", raw.ContentType);
            string link = raw.Headers.Single(header => header.Key == "Link").Value;
            Assert.Contains("page=2", link);
            Assert.DoesNotContain("consumer_", link);
            // The secret travelled in the query, which the store's Link header repeats (capture 43).
            Assert.Contains(Store.Requests, request => request.PathAndQuery.Contains(Store.Keys.ReadWrite.Secret, StringComparison.Ordinal));
            Assert.DoesNotContain(raw.Headers, header => header.Value.Contains(Store.Keys.ReadWrite.Secret, StringComparison.Ordinal));
            Assert.Equal($"{Store.HttpsUrl.AbsoluteUri}wp-json/wc/v3/products?per_page=5", raw.Address);
        }

        [Fact]
        public async Task A_body_that_echoes_the_secret_is_read_without_it()
        {
            FakeKey key = Store.Keys.ReadWrite;
            var stub = new StubHandler((request, n) => StubHandler.Json(HttpStatusCode.OK, "{\"echo\":\"" + request.RequestUri!.AbsoluteUri + "\"}"));
            WooConnectOptions options = Options(new Uri("https://shop.example"), CredentialOf(key), AuthMethod.QueryString, () => stub);
            options.SkipValidation = true;
            using WooSession session = await WooSession.ConnectAsync(options, Log, default);

            RestAnswer read = await SendAsync(session, "GET", "/myplugin/v1/echo");
            RestAnswer raw = await session.Requests.SendAsync(Prepare(session, "GET", "/myplugin/v1/echo"), raw: true, Log, default);

            Assert.Contains("consumer_secret=[secret removed]", (string)((WooRecord)read.Items[0]!)["echo"]!);
            Assert.DoesNotContain(key.Secret, raw.Content);
            Assert.Contains("[secret removed]", raw.Content);
        }

        private static RestCall Prepare(WooSession session, string method, string path, IEnumerable<KeyValuePair<string, object?>>? query = null, object? body = null) =>
            session.Requests.Prepare(method, path, query, body);

        private Task<RestAnswer> SendAsync(WooSession session, string method, string path, IEnumerable<KeyValuePair<string, object?>>? query = null, object? body = null) =>
            session.Requests.SendAsync(Prepare(session, method, path, query, body), raw: false, Log, default);

        private async Task<(List<WooRecord> Items, List<WooPage<WooRecord>> Pages)> ListAllAsync(WooSession session, string path, IEnumerable<KeyValuePair<string, object?>>? query = null)
        {
            var items = new List<WooRecord>();
            var pages = new List<WooPage<WooRecord>>();
            await session.Requests.ListAllAsync(Prepare(session, "GET", path, query), record => record, page =>
            {
                pages.Add(page);
                items.AddRange(page.Items);
                Assert.Empty(page.Unreadable);
                return Task.FromResult(true);
            }, Log, default);
            return (items, pages);
        }

        private async Task<long> CreateCategoryAsync(WooSession session, string name) =>
            ((WooRecord)(await SendAsync(session, "POST", "products/categories", body: new Hashtable { ["name"] = name })).Items[0]!).Id!.Value;

        private static List<KeyValuePair<string, object?>> Query(params (string Name, object? Value)[] values) =>
            values.Select(value => new KeyValuePair<string, object?>(value.Name, value.Value)).ToList();
    }
}
