using System.Collections.Generic;
using WooPS.Core;
using WooPS.Core.Http;
using WooPS.Core.Requests;

namespace WooPS.Tests.Requests
{
    /// <summary>
    /// Paths as people write them, resolved to a route under the REST root: relative to wc/v3, absolute, with /wp-json in
    /// front, in the ?rest_route= form of Plain permalinks, or as an address of the store; and refused when they would
    /// leave the REST root.
    /// </summary>
    public class RestTargetTests
    {
        private static readonly StoreAddress Shop = StoreAddress.Parse("https://shop.example");
        private static readonly StoreAddress SubfolderShop = StoreAddress.Parse("https://example.com/shop");

        [Theory]
        [InlineData("products/12", "/wc/v3/products/12")]
        [InlineData("products/12/", "/wc/v3/products/12")]
        [InlineData("reports/orders/totals", "/wc/v3/reports/orders/totals")]
        [InlineData("/wc/v3/products", "/wc/v3/products")]
        [InlineData("/wc-analytics/reports/orders/totals", "/wc-analytics/reports/orders/totals")]
        [InlineData("/myplugin/v1/things", "/myplugin/v1/things")]
        [InlineData("/", "/")]
        [InlineData("/wp-json/wc/v3/products", "/wc/v3/products")]
        [InlineData("wp-json/wc/v3/products", "/wc/v3/products")]
        [InlineData("/wp-json", "/")]
        [InlineData("/?rest_route=/wc/v3/products", "/wc/v3/products")]
        [InlineData("?rest_route=/wc/v3/data/currencies/USD", "/wc/v3/data/currencies/USD")]
        [InlineData("https://shop.example/wp-json/wc/v3/products/12", "/wc/v3/products/12")]
        [InlineData("https://SHOP.example:443/?rest_route=/wc/v3/coupons", "/wc/v3/coupons")]
        [InlineData("https://shop.example/wp-json/", "/")]
        public void Resolves_every_way_of_writing_a_route_to_the_same_route_under_the_REST_root(string path, string route)
        {
            RestTarget target = RestTarget.Parse(path, Shop);

            Assert.Equal(route, target.Route);
            // Whichever form the path had, the request goes to /wp-json/…, where WooCommerce's keys authenticate (25b–25d).
            Assert.Equal("https://shop.example/wp-json" + route, Shop.UriOf(target.Route).AbsoluteUri);
        }

        [Theory]
        [InlineData("https://example.com/shop/wp-json/wc/v3/products", "/wc/v3/products")]
        [InlineData("https://example.com/shop/?rest_route=/wc/v3/products", "/wc/v3/products")]
        [InlineData("products", "/wc/v3/products")]
        public void A_store_in_a_subfolder_is_addressed_under_its_own_REST_root(string path, string route)
        {
            RestTarget target = RestTarget.Parse(path, SubfolderShop);

            Assert.Equal(route, target.Route);
            Assert.Equal("https://example.com/shop/wp-json" + route, SubfolderShop.UriOf(target.Route).AbsoluteUri);
        }

        [Fact]
        public void The_query_of_a_path_is_taken_apart_as_PHP_reads_it()
        {
            RestTarget target = RestTarget.Parse("reports/sales?period=week&search=a+b%26c&include[]=10&include[]=11&empty=", Shop);

            Assert.Equal("/wc/v3/reports/sales", target.Route);
            Assert.Equal(
                new[] { P("period", "week"), P("search", "a b&c"), P("include[0]", "10"), P("include[1]", "11"), P("empty", "") },
                target.Query);
        }

        [Fact]
        public void The_rest_route_form_keeps_its_other_parameters()
        {
            RestTarget target = RestTarget.Parse("https://shop.example/?rest_route=%2Fwc%2Fv3%2Fproducts&per_page=5", Shop);

            Assert.Equal("/wc/v3/products", target.Route);
            Assert.Equal(new[] { P("per_page", "5") }, target.Query);
        }

        [Theory]
        [InlineData("products/tags/summer sale", "/wc/v3/products/tags/summer%20sale")]
        [InlineData("products/tags/summer%20sale", "/wc/v3/products/tags/summer%20sale")]
        [InlineData("/myplugin/v1/größe", "/myplugin/v1/gr%C3%B6%C3%9Fe")]
        public void Segments_are_encoded_once(string path, string route) => Assert.Equal(route, RestTarget.Parse(path, Shop).Route);

        [Theory]
        [InlineData("products/../../wp-admin")]
        [InlineData("../wp/v2/users")]
        [InlineData("products/%2e%2e/%2E%2E/x")]
        [InlineData("/wc/v3/./products")]
        [InlineData("https://shop.example/wp-json/wc/v3/../../wp-login.php")]
        [InlineData("https://shop.example/wp-json/wc/v3/products/%2e%2e/coupons")]
        [InlineData("/?rest_route=/wc/v3/../../x")]
        [InlineData("products%2F..%2F..%2Fx")]
        public void A_dot_segment_or_a_hidden_slash_is_refused(string path)
        {
            WooApiException refused = Assert.Throws<WooApiException>(() => RestTarget.Parse(path, Shop));

            Assert.Equal("woops_wrong_input", refused.Code);
            Assert.Equal(WooErrorKind.InvalidArgument, refused.Kind);
        }

        [Theory]
        [InlineData("https://evil.example/wp-json/wc/v3/products", "is not the session's store")]
        [InlineData("http://shop.example/wp-json/wc/v3/products", "is not the session's store")]
        [InlineData("https://shop.example:8443/wp-json/wc/v3/products", "is not the session's store")]
        [InlineData("//evil.example/wp-json/wc/v3/products", "names another site")]
        [InlineData("https://shop.example/wp-admin/options.php", "is a page of the store")]
        [InlineData("https://shop.example/wp-jsonx/wc/v3", "is a page of the store")]
        [InlineData("products#reviews", "fragment")]
        [InlineData("products\\12", "backslash")]
        [InlineData("products//12", "empty segment")]
        [InlineData("products?rest_route=/wc/v3/coupons", "rest_route= belongs to the store's home page")]
        [InlineData("ftp://shop.example/wp-json/wc/v3", "not an address")]
        [InlineData("  ", "empty")]
        public void A_path_that_leaves_the_REST_root_or_cannot_be_read_is_refused_saying_why(string path, string why)
        {
            WooApiException refused = Assert.Throws<WooApiException>(() => RestTarget.Parse(path, Shop));

            Assert.Contains(why, refused.Message);
        }

        [Fact]
        public void A_page_outside_a_subfolder_store_is_refused()
        {
            WooApiException refused = Assert.Throws<WooApiException>(() => RestTarget.Parse("https://example.com/blog/wp-json/wc/v3/products", SubfolderShop));

            Assert.Contains("outside the store", refused.Message);
        }

        [Fact]
        public void A_refused_path_is_named_without_any_credential_in_it()
        {
            const string Path = "https://evil.example/wp-json/wc/v3/products?consumer_key=ck_1&consumer_secret=cs_hidden&per_page=5";

            WooApiException refused = Assert.Throws<WooApiException>(() => RestTarget.Parse(Path, Shop));

            Assert.Equal("https://evil.example/wp-json/wc/v3/products?per_page=5", refused.Target);
            Assert.DoesNotContain("cs_hidden", refused.Message);
        }

        [Theory]
        [InlineData("products", true, "products")]
        [InlineData("/wc/v3/products/12", true, "products/12")]
        [InlineData("/wc-analytics/reports/orders/totals", true, null)]
        [InlineData("/wc/store/v1/cart", true, null)]
        [InlineData("/wp/v2/users/me", false, null)]
        [InlineData("/myplugin/v1/things", false, null)]
        [InlineData("/wcx/v1/things", false, null)]
        [InlineData("/", false, null)]
        public void Knows_where_WooCommerce_s_keys_authenticate(string path, bool takesKeys, string? wcV3Route)
        {
            RestTarget target = RestTarget.Parse(path, Shop);

            Assert.Equal((takesKeys, wcV3Route), (target.TakesWooCommerceKeys, target.WcV3Route));
        }

        private static KeyValuePair<string, string> P(string name, string value) => new KeyValuePair<string, string>(name, value);
    }
}
