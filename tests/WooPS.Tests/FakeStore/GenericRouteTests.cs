using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using WooPS.Core.Auth;
using WooPS.FakeStore;

namespace WooPS.Tests.FakeStore
{
    /// <summary>
    /// The routes a generic request reaches besides the catalogue: settings (67), data/currencies (59), system_status
    /// (24), WordPress's own routes, where a WooCommerce key is anonymous (67f), HEAD on a list (67g), and PHP's arrays
    /// in the query, signed as WooCommerce signs them (62c, 62d).
    /// </summary>
    public class GenericRouteTests : FakeStoreTests
    {
        [Fact]
        public async Task The_general_settings_group_lists_every_setting_with_the_price_decimals_and_no_paging()
        {
            Answer group = await SendAsync(HttpMethod.Get, "wp-json/wc/v3/settings/general");

            Assert.Equal(HttpStatusCode.OK, group.Status);
            Assert.Null(group.Header("X-WP-Total"));
            Assert.Null(group.Header("X-WP-TotalPages"));
            JsonElement[] settings = group.Json.EnumerateArray().ToArray();
            Assert.Equal("woocommerce_store_address", settings[0].GetProperty("id").GetString());
            JsonElement decimals = settings.Single(setting => setting.GetProperty("id").GetString() == "woocommerce_price_num_decimals");
            // As the setting's own route (capture 67), less group_id.
            Assert.Equal(new[] { "id", "label", "description", "type", "default", "tip", "value", "_links" }, decimals.EnumerateObject().Select(p => p.Name));
            Assert.Equal("2", decimals.GetProperty("value").GetString());
            JsonElement currency = settings.Single(setting => setting.GetProperty("id").GetString() == "woocommerce_currency");
            Assert.Equal("select", currency.GetProperty("type").GetString());
            Assert.Equal("United States (US) dollar (&#36;) — USD", currency.GetProperty("options").GetProperty("USD").GetString());
            Assert.Equal($"{Origin}/wp-json/wc/v3/settings/general/woocommerce_currency", currency.GetProperty("_links").GetProperty("self")[0].GetProperty("href").GetString());
        }

        [Fact]
        public async Task Every_setting_of_the_list_answers_on_its_own_route_with_its_group()
        {
            JsonElement listed = (await SendAsync(HttpMethod.Get, "wp-json/wc/v3/settings/general")).Json.EnumerateArray()
                .Single(setting => setting.GetProperty("id").GetString() == "woocommerce_currency_pos");

            Answer alone = await SendAsync(HttpMethod.Get, "wp-json/wc/v3/settings/general/woocommerce_currency_pos");

            Assert.Equal("general", alone.Json.GetProperty("group_id").GetString());
            Assert.Equal(listed.GetProperty("value").GetString(), alone.Json.GetProperty("value").GetString());
            Assert.Equal("left", alone.Json.GetProperty("value").GetString());
        }

        [Fact]
        public async Task Another_settings_group_is_404_and_an_anonymous_list_401()
        {
            Answer other = await SendAsync(HttpMethod.Get, "wp-json/wc/v3/settings/nowhere");
            Answer anonymous = await GetAnonymousAsync("wp-json/wc/v3/settings/general");

            Assert.Equal((HttpStatusCode.NotFound, "{\"code\":\"rest_setting_setting_group_invalid\",\"message\":\"Invalid setting group.\",\"data\":{\"status\":404}}"), (other.Status, other.Text));
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.Status);
            Assert.Equal("woocommerce_rest_cannot_view", anonymous.Json.GetProperty("code").GetString());
        }

        [Fact]
        public async Task A_currency_answers_as_capture_59_in_any_case()
        {
            string origin = Origin.Replace("/", "\\/");
            string expected = "{\"code\":\"USD\",\"name\":\"United States (US) dollar\",\"symbol\":\"&#36;\","
                + $"\"_links\":{{\"self\":[{{\"href\":\"{origin}\\/wp-json\\/wc\\/v3\\/data\\/currencies\\/USD\",\"targetHints\":{{\"allow\":[\"GET\"]}}}}],"
                + $"\"collection\":[{{\"href\":\"{origin}\\/wp-json\\/wc\\/v3\\/data\\/currencies\"}}]}}}}";

            Answer upper = await SendAsync(HttpMethod.Get, "wp-json/wc/v3/data/currencies/USD");
            Answer lower = await SendAsync(HttpMethod.Get, "wp-json/wc/v3/data/currencies/usd");
            Answer current = await SendAsync(HttpMethod.Get, "wp-json/wc/v3/data/currencies/current");

            Assert.Equal((HttpStatusCode.OK, expected), (upper.Status, upper.Text));
            Assert.Equal(expected, lower.Text);
            Assert.Equal(expected, current.Text);
            Assert.Equal("GET", upper.Header("Allow"));
        }

        [Fact]
        public async Task The_currency_list_holds_every_currency_at_once_and_unknown_codes_are_404()
        {
            Answer list = await SendAsync(HttpMethod.Get, "wp-json/wc/v3/data/currencies?per_page=2&page=3");
            Answer unknown = await SendAsync(HttpMethod.Get, "wp-json/wc/v3/data/currencies/XYZ");
            Answer tooLong = await SendAsync(HttpMethod.Get, "wp-json/wc/v3/data/currencies/EURO");

            string[] codes = list.Json.EnumerateArray().Select(currency => currency.GetProperty("code").GetString()!).ToArray();
            Assert.Contains("EUR", codes);
            Assert.True(codes.Length > 2, "per_page and page are no parameters of this route");
            Assert.Equal(codes.OrderBy(code => code, StringComparer.Ordinal), codes);
            Assert.Equal("&euro;", list.Json.EnumerateArray().Single(currency => currency.GetProperty("code").GetString() == "EUR").GetProperty("symbol").GetString());
            Assert.Null(list.Header("X-WP-TotalPages"));
            Assert.Equal((HttpStatusCode.NotFound, "woocommerce_rest_data_invalid_currency"), (unknown.Status, unknown.Json.GetProperty("code").GetString()));
            Assert.Equal("rest_no_route", tooLong.Json.GetProperty("code").GetString());
        }

        [Fact]
        public async Task The_system_status_tells_the_store_s_address_decimals_and_counts_under_WooCommerce_s_keys()
        {
            Answer status = await SendAsync(HttpMethod.Get, "wp-json/wc/v3/system_status");

            JsonElement root = status.Json;
            Assert.Equal(
                new[] { "environment", "database", "active_plugins", "inactive_plugins", "dropins_mu_plugins", "theme", "settings", "security", "pages", "post_type_counts", "logging" },
                root.EnumerateObject().Select(p => p.Name));
            Assert.Equal(Origin, root.GetProperty("environment").GetProperty("home_url").GetString());
            Assert.Equal("10.0.2", root.GetProperty("environment").GetProperty("version").GetString());
            Assert.Equal(2, root.GetProperty("settings").GetProperty("number_of_decimals").GetInt32());
            Assert.Equal("&#36;", root.GetProperty("settings").GetProperty("currency_symbol").GetString());
            Assert.True(root.GetProperty("security").GetProperty("secure_connection").GetBoolean());
            Dictionary<string, string> counts = root.GetProperty("post_type_counts").EnumerateArray()
                .ToDictionary(count => count.GetProperty("type").GetString()!, count => count.GetProperty("count").GetString()!);
            Assert.Equal("25", counts["product"]);
            Assert.Equal("3", counts["shop_coupon"]);
            Assert.Equal("GET", status.Header("Allow"));
            Assert.Equal(HttpStatusCode.Unauthorized, (await GetAnonymousAsync("wp-json/wc/v3/system_status")).Status);
        }

        [Fact]
        public async Task WordPress_routes_answer_a_WooCommerce_key_as_anonymous_as_capture_67f()
        {
            Answer me = await SendAsync(HttpMethod.Get, "wp-json/wp/v2/users/me");
            Answer settings = await SendAsync(HttpMethod.Get, "wp-json/wp/v2/settings");

            Assert.Equal(
                (HttpStatusCode.Unauthorized, "{\"code\":\"rest_not_logged_in\",\"message\":\"You are not currently logged in.\",\"data\":{\"status\":401}}"),
                (me.Status, me.Text));
            Assert.Equal("GET", me.Header("Allow"));
            // Anonymous: WordPress's Vary, not the no-cache headers of a logged-in request.
            Assert.Equal("Origin", me.Header("Vary"));
            Assert.Null(me.Header("Expires"));
            Assert.Equal((HttpStatusCode.Unauthorized, "rest_forbidden"), (settings.Status, settings.Json.GetProperty("code").GetString()));
            Assert.Null(settings.Header("Allow"));
        }

        [Fact]
        public async Task HEAD_on_a_list_answers_the_paging_headers_without_a_body_as_capture_67g()
        {
            Answer head = await SendAsync(HttpMethod.Head, "wp-json/wc/v3/products?per_page=1");

            Assert.Equal(HttpStatusCode.OK, head.Status);
            Assert.Equal("25", head.Header("X-WP-Total"));
            Assert.Equal("25", head.Header("X-WP-TotalPages"));
            Assert.Equal($"<{Origin}/wp-json/wc/v3/products?per_page=1&page=2>; rel=\"next\"", head.Header("Link"));
            Assert.Equal("GET, POST", head.Header("Allow"));
            Assert.Empty(head.Body);
        }

        [Fact]
        public async Task An_array_signed_as_PHP_numbers_it_is_accepted_and_one_signed_as_written_is_refused_as_62c_and_62d()
        {
            string[] ids = ["10", "11", "12"];
            var numbered = ids.Select((id, i) => Pair($"include[{i}]", id)).ToList();
            var asWritten = ids.Select(id => Pair("include[]", id)).ToList();

            // 62d: sent as include[]=…, signed as WooCommerce rebuilds it from PHP's array.
            Answer indexed = await AnswerAsync(OAuthRequest("wp-json/wc/v3/products", sent: asWritten, signed: numbered));
            // 62c: include[] signed as written.
            Answer literal = await AnswerAsync(OAuthRequest("wp-json/wc/v3/products", sent: asWritten, signed: asWritten));

            Assert.Equal(HttpStatusCode.OK, indexed.Status);
            // PHP's array is the include filter, as the comma list is.
            Assert.Equal(await ListedProductIdsAsync("include=10,11,12"), indexed.Json.EnumerateArray().Select(p => p.GetProperty("id").GetInt64()));
            Assert.InRange(indexed.Json.GetArrayLength(), 1, 3);
            Assert.Equal(HttpStatusCode.Unauthorized, literal.Status);
            Assert.Equal("Invalid signature - provided signature does not match.", literal.Json.GetProperty("message").GetString());
        }

        [Fact]
        public async Task A_long_array_is_signed_in_its_own_order_under_its_name()
        {
            List<KeyValuePair<string, string>> items = Enumerable.Range(0, 12).Select(i => Pair($"include[{i}]", (10 + i).ToString(CultureInfo.InvariantCulture))).ToList();
            items.Add(Pair("per_page", "100"));

            Answer answer = await AnswerAsync(OAuthRequest("wp-json/wc/v3/products", sent: items, signed: items));

            Assert.Equal(HttpStatusCode.OK, answer.Status);
            Assert.Equal(await ListedProductIdsAsync("per_page=100&include=" + string.Join(",", Enumerable.Range(10, 12))), answer.Json.EnumerateArray().Select(p => p.GetProperty("id").GetInt64()));
        }

        private HttpRequestMessage OAuthRequest(string path, IReadOnlyList<KeyValuePair<string, string>> sent, IReadOnlyList<KeyValuePair<string, string>> signed)
        {
            FakeKey key = Store.Keys.ReadWrite;
            var oauth = new List<KeyValuePair<string, string>>
            {
                Pair("oauth_consumer_key", key.Key),
                Pair("oauth_nonce", OAuthSigner.NewNonce()),
                Pair("oauth_signature_method", OAuthSigner.Sha256),
                Pair("oauth_timestamp", DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)),
            };
            var address = new Uri(Store.HttpUrl, path);
            string signature = OAuthSigner.Sign(OAuthSigner.StringToSign("GET", address, signed.Concat(oauth)), key.Secret, OAuthSigner.Sha256);
            // Brackets as curl -g sends them, the rest encoded.
            string query = string.Join("&", sent.Concat(oauth).Append(Pair("oauth_signature", signature))
                .Select(pair => pair.Key + "=" + Uri.EscapeDataString(pair.Value)));
            return new HttpRequestMessage(HttpMethod.Get, new Uri(address + "?" + query));
        }

        private static KeyValuePair<string, string> Pair(string name, string value) => new KeyValuePair<string, string>(name, value);
    }
}
