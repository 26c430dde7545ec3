using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using WooPS.FakeStore;

namespace WooPS.Tests.FakeStore
{
    /// <summary>
    /// The fake store itself, seen through a raw HttpClient (not WooPS's own): single-product writes
    /// answer as captures 23–36, 53b, 54–54c and 61–61b show, and each mode spoils its answers exactly
    /// as documented on <see cref="FakeStoreModes"/>.
    /// </summary>
    public class FakeStoreBehaviourTests : FakeStoreTests
    {
        private static readonly byte[] Utf8Bom = { 0xEF, 0xBB, 0xBF };

        [Fact]
        public async Task Create_answers_201_with_Location_and_the_product_in_the_edit_context()
        {
            int before = Store.ProductCount;

            Answer created = await SendAsync(HttpMethod.Post, "wp-json/wc/v3/products",
                "{\"name\":\"Captured Create\",\"type\":\"simple\",\"regular_price\":\"12.50\",\"sku\":\"RW-CAP-CREATE\"}");

            Assert.Equal(HttpStatusCode.Created, created.Status);
            JsonElement product = created.Json;
            long id = product.GetProperty("id").GetInt64();
            Assert.Equal($"{Origin}/wp-json/wc/v3/products/{id}", created.Header("Location"));
            Assert.Equal("GET, POST", created.Header("Allow"));
            Assert.Equal("captured-create", product.GetProperty("slug").GetString());
            Assert.Equal("12.50", product.GetProperty("price").GetString());
            Assert.Equal("", product.GetProperty("sale_price").GetString());
            Assert.Equal("0", product.GetProperty("average_rating").GetString());
            Assert.Equal($"{Origin}/product/%pagename%/", product.GetProperty("permalink_template").GetString());
            Assert.Equal("captured-create", product.GetProperty("generated_slug").GetString());
            Assert.Equal("[{\"id\":15,\"name\":\"Uncategorized\",\"slug\":\"uncategorized\"}]", product.GetProperty("categories").GetRawText());
            Assert.Equal(new[] { "global_unique_id", "permalink_template", "generated_slug", "_links" }, product.EnumerateObject().Select(p => p.Name).TakeLast(4));
            Assert.Equal(before + 1, Store.ProductCount);

            JsonElement read = (await SendAsync(HttpMethod.Get, $"wp-json/wc/v3/products/{id}")).Json;
            Assert.Equal("RW-CAP-CREATE", read.GetProperty("sku").GetString());
            Assert.Equal("0.00", read.GetProperty("average_rating").GetString());
            Assert.False(read.TryGetProperty("permalink_template", out _));
        }

        [Fact]
        public async Task PUT_PATCH_and_POST_update_and_every_later_read_shows_the_change()
        {
            long id = await CreateProductAsync("{\"name\":\"Captured Create\",\"regular_price\":\"12.50\"}");
            await SendAsync(HttpMethod.Get, $"wp-json/wc/v3/products/{id}");
            await SendAsync(HttpMethod.Get, "wp-json/wc/v3/products");

            Answer put = await SendAsync(HttpMethod.Put, $"wp-json/wc/v3/products/{id}", "{\"regular_price\":\"13.75\",\"sale_price\":\"11.00\"}");
            Answer patch = await SendAsync(HttpMethod.Patch, $"wp-json/wc/v3/products/{id}", "{\"name\":\"Renamed\"}");
            Answer post = await SendAsync(HttpMethod.Post, $"wp-json/wc/v3/products/{id}", "{\"stock_status\":\"outofstock\"}");

            Assert.All(new[] { put, patch, post }, answer => Assert.Equal(HttpStatusCode.OK, answer.Status));
            Assert.Equal("GET, POST, PUT, PATCH, DELETE", put.Header("Allow"));
            Assert.Equal("11.00", put.Json.GetProperty("price").GetString());
            Assert.True(put.Json.GetProperty("on_sale").GetBoolean());
            Assert.Equal("0", put.Json.GetProperty("average_rating").GetString());
            JsonElement single = (await SendAsync(HttpMethod.Get, $"wp-json/wc/v3/products/{id}")).Json;
            JsonElement listed = (await SendAsync(HttpMethod.Get, "wp-json/wc/v3/products")).Json.EnumerateArray().Single(p => p.GetProperty("id").GetInt64() == id);
            foreach (JsonElement product in new[] { single, listed })
            {
                Assert.Equal("Renamed", product.GetProperty("name").GetString());
                Assert.Equal("11.00", product.GetProperty("price").GetString());
                Assert.Equal("outofstock", product.GetProperty("stock_status").GetString());
            }
        }

        [Fact]
        public async Task Updating_an_unknown_id_is_400_invalid_id_as_update_item_says_it()
        {
            Answer answer = await SendAsync(HttpMethod.Put, "wp-json/wc/v3/products/999999", "{\"name\":\"x\"}");

            Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
            Assert.Equal("{\"code\":\"woocommerce_rest_product_invalid_id\",\"message\":\"Invalid ID.\",\"data\":{\"status\":400}}", answer.Text);
        }

        [Fact]
        public async Task A_single_update_checks_the_schema_and_changes_nothing_when_a_field_is_invalid()
        {
            string fingerprint = Store.CatalogFingerprint();

            Answer answer = await SendAsync(HttpMethod.Put, "wp-json/wc/v3/products/10", "{\"stock_quantity\":\"abc\"}");

            Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
            Assert.Equal(
                "{\"code\":\"rest_invalid_param\",\"message\":\"Invalid parameter(s): stock_quantity\",\"data\":{\"status\":400,"
                + "\"params\":{\"stock_quantity\":\"stock_quantity is not of type integer.\"},\"details\":{\"stock_quantity\":"
                + "{\"code\":\"rest_invalid_type\",\"message\":\"stock_quantity is not of type integer.\",\"data\":{\"param\":\"stock_quantity\"}}}}}",
                answer.Text);
            Assert.Equal(fingerprint, Store.CatalogFingerprint());
        }

        [Fact]
        public async Task A_batch_item_skips_the_schema_so_abc_becomes_a_stock_of_0()
        {
            Answer answer = await SendAsync(HttpMethod.Post, "wp-json/wc/v3/products/batch",
                "{\"update\":[{\"id\":10,\"manage_stock\":true,\"stock_quantity\":\"abc\"}]}");

            Assert.Equal(HttpStatusCode.OK, answer.Status);
            JsonElement updated = answer.Json.GetProperty("update")[0];
            Assert.Equal(0, updated.GetProperty("stock_quantity").GetInt32());
            Assert.Equal("outofstock", updated.GetProperty("stock_status").GetString());
        }

        [Fact]
        public async Task A_duplicate_SKU_or_a_malformed_body_is_refused_and_nothing_is_created()
        {
            int before = Store.ProductCount;

            Answer duplicate = await SendAsync(HttpMethod.Post, "wp-json/wc/v3/products", "{\"sku\":\"WOO-SIMPLE-0001\",\"name\":\"dup\",\"regular_price\":\"1\"}");
            Answer malformed = await SendAsync(HttpMethod.Post, "wp-json/wc/v3/products", "not json");

            Assert.Equal(HttpStatusCode.BadRequest, duplicate.Status);
            Assert.Equal("{\"code\":\"product_invalid_sku\",\"message\":\"Invalid or duplicated SKU.\",\"data\":{\"status\":400,\"resource_id\":10,\"unique_sku\":\"WOO-SIMPLE-0001-1\"}}", duplicate.Text);
            Assert.Equal(HttpStatusCode.BadRequest, malformed.Status);
            Assert.Equal("{\"code\":\"rest_invalid_json\",\"message\":\"Invalid JSON body passed.\",\"data\":{\"status\":400,\"json_error_code\":4,\"json_error_message\":\"Syntax error\"}}", malformed.Text);
            Assert.Equal(before, Store.ProductCount);
        }

        [Fact]
        public async Task Delete_trashes_then_answers_410_and_force_deletes_for_good()
        {
            long id = await CreateProductAsync("{\"name\":\"Doomed\",\"regular_price\":\"5.00\"}");

            Answer trashed = await SendAsync(HttpMethod.Delete, $"wp-json/wc/v3/products/{id}");
            JsonElement inTrash = (await SendAsync(HttpMethod.Get, $"wp-json/wc/v3/products/{id}")).Json;
            Answer again = await SendAsync(HttpMethod.Delete, $"wp-json/wc/v3/products/{id}");

            Assert.Equal(HttpStatusCode.OK, trashed.Status);
            Assert.Equal("publish", trashed.Json.GetProperty("status").GetString());
            Assert.Equal("doomed", trashed.Json.GetProperty("slug").GetString());
            Assert.Equal("trash", inTrash.GetProperty("status").GetString());
            Assert.DoesNotContain(id, await ListedProductIdsAsync("per_page=100"));
            Assert.DoesNotContain(id, await ListedProductIdsAsync("per_page=100&status=any"));
            Assert.Equal(new[] { id }, await ListedProductIdsAsync("status=trash"));
            Assert.Equal((HttpStatusCode)410, again.Status);
            Assert.Equal("{\"code\":\"woocommerce_rest_already_trashed\",\"message\":\"The product has already been deleted.\",\"data\":{\"status\":410}}", again.Text);

            Answer forced = await SendAsync(HttpMethod.Delete, $"wp-json/wc/v3/products/{id}?force=true");

            Assert.Equal(HttpStatusCode.OK, forced.Status);
            Assert.Equal("trash", forced.Json.GetProperty("status").GetString());
            Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(HttpMethod.Get, $"wp-json/wc/v3/products/{id}")).Status);
            Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(HttpMethod.Delete, $"wp-json/wc/v3/products/{id}?force=true")).Status);
        }

        [Fact]
        public async Task A_user_who_may_not_edit_products_gets_403_with_WooCommerces_codes_and_nothing_changes()
        {
            FakeKey key = Store.Keys.NoEditCapability;
            string fingerprint = Store.CatalogFingerprint();

            Answer create = await SendAsync(HttpMethod.Post, "wp-json/wc/v3/products", "{\"name\":\"x\"}", key);
            Answer edit = await SendAsync(HttpMethod.Put, "wp-json/wc/v3/products/10", "{\"name\":\"x\"}", key);
            Answer delete = await SendAsync(HttpMethod.Delete, "wp-json/wc/v3/products/10", key: key);

            Assert.Equal("{\"code\":\"woocommerce_rest_cannot_create\",\"message\":\"Sorry, you are not allowed to create resources.\",\"data\":{\"status\":403}}", create.Text);
            Assert.Equal("{\"code\":\"woocommerce_rest_cannot_edit\",\"message\":\"Sorry, you are not allowed to edit this resource.\",\"data\":{\"status\":403}}", edit.Text);
            Assert.Equal("{\"code\":\"woocommerce_rest_cannot_delete\",\"message\":\"Sorry, you are not allowed to delete this resource.\",\"data\":{\"status\":403}}", delete.Text);
            Assert.All(new[] { create, edit, delete }, answer => Assert.Equal(HttpStatusCode.Forbidden, answer.Status));
            Assert.Equal(fingerprint, Store.CatalogFingerprint());
        }

        [Fact]
        public async Task Sale_price_and_its_schedule_decide_price_and_on_sale_as_in_captures_54_to_54c()
        {
            long id = await CreateProductAsync("{\"name\":\"On Sale\",\"regular_price\":\"20.00\",\"sale_price\":\"15.00\"}");

            JsonElement cleared = (await SendAsync(HttpMethod.Put, $"wp-json/wc/v3/products/{id}", "{\"sale_price\":\"\"}")).Json;
            JsonElement scheduled = (await SendAsync(HttpMethod.Put, $"wp-json/wc/v3/products/{id}", "{\"sale_price\":\"15.00\",\"date_on_sale_from\":\"2099-12-24T00:00:00\"}")).Json;
            JsonElement unscheduled = (await SendAsync(HttpMethod.Put, $"wp-json/wc/v3/products/{id}", "{\"date_on_sale_from\":\"\"}")).Json;

            Assert.Equal(("20.00", false), (cleared.GetProperty("price").GetString(), cleared.GetProperty("on_sale").GetBoolean()));
            Assert.Equal(("20.00", false), (scheduled.GetProperty("price").GetString(), scheduled.GetProperty("on_sale").GetBoolean()));
            Assert.Equal("2099-12-24T00:00:00", scheduled.GetProperty("date_on_sale_from").GetString());
            Assert.Equal(("15.00", true), (unscheduled.GetProperty("price").GetString(), unscheduled.GetProperty("on_sale").GetBoolean()));
            Assert.Equal(JsonValueKind.Null, unscheduled.GetProperty("date_on_sale_from").ValueKind);
        }

        [Fact]
        public async Task A_custom_field_comes_back_with_an_id_that_an_update_by_key_keeps()
        {
            Answer created = await SendAsync(HttpMethod.Post, "wp-json/wc/v3/products", "{\"name\":\"Meta\",\"meta_data\":[{\"key\":\"_rw_cap2\",\"value\":\"x\"}]}");
            JsonElement field = created.Json.GetProperty("meta_data")[0];
            long id = created.Json.GetProperty("id").GetInt64();

            Answer updated = await SendAsync(HttpMethod.Put, $"wp-json/wc/v3/products/{id}", "{\"meta_data\":[{\"key\":\"_rw_cap2\",\"value\":\"y\"}]}");

            long metaId = field.GetProperty("id").GetInt64();
            Assert.Equal($"{{\"id\":{metaId},\"key\":\"_rw_cap2\",\"value\":\"x\"}}", field.GetRawText());
            Assert.Equal($"[{{\"id\":{metaId},\"key\":\"_rw_cap2\",\"value\":\"y\"}}]", updated.Json.GetProperty("meta_data").GetRawText());
        }

        [Fact]
        public async Task The_discovery_documents_list_every_route_once_with_the_methods_the_real_routes_allow()
        {
            string[] wooRoutes =
            [
                "/wc/v3", "/wc/v3/coupons", "/wc/v3/coupons/(?P<id>[\\d]+)", "/wc/v3/coupons/batch",
                "/wc/v3/reports/coupons/totals",
                "/wc/v3/customers", "/wc/v3/customers/(?P<id>[\\d]+)", "/wc/v3/customers/batch",
                "/wc/v3/orders/(?P<order_id>[\\d]+)/notes", "/wc/v3/orders/(?P<order_id>[\\d]+)/notes/(?P<id>[\\d]+)",
                "/wc/v3/orders/(?P<order_id>[\\d]+)/refunds", "/wc/v3/orders/(?P<order_id>[\\d]+)/refunds/(?P<id>[\\d]+)",
                "/wc/v3/orders", "/wc/v3/orders/(?P<id>[\\d]+)", "/wc/v3/orders/batch", "/wc/v3/reports/orders/totals",
                "/wc/v3/products", "/wc/v3/products/(?P<id>[\\d]+)", "/wc/v3/products/batch",
                "/wc/v3/products/(?P<product_id>[\\d]+)/variations", "/wc/v3/products/(?P<product_id>[\\d]+)/variations/(?P<id>[\\d]+)",
                "/wc/v3/products/(?P<product_id>[\\d]+)/variations/batch",
                "/wc/v3/products/attributes/(?P<attribute_id>[\\d]+)/terms", "/wc/v3/products/attributes/(?P<attribute_id>[\\d]+)/terms/(?P<id>[\\d]+)",
                "/wc/v3/products/attributes", "/wc/v3/products/attributes/(?P<id>[\\d]+)",
                "/wc/v3/products/categories", "/wc/v3/products/categories/(?P<id>[\\d]+)", "/wc/v3/products/categories/batch",
                "/wc/v3/products/tags", "/wc/v3/products/tags/(?P<id>[\\d]+)", "/wc/v3/products/tags/batch",
                "/wc/v3/settings/(?P<group_id>[\\w-]+)/(?P<id>[\\w-]+)",
                "/wc/v3/settings/(?P<group_id>[\\w-]+)",
                "/wc/v3/data/currencies", "/wc/v3/data/currencies/current", "/wc/v3/data/currencies/(?P<currency>[\\w-]{3})",
                "/wc/v3/system_status",
            ];
            string[] wordPressRoutes = ["/wp/v2/users/me", "/wp/v2/settings"];

            JsonElement space = (await GetAnonymousAsync("wp-json/wc/v3")).Json.GetProperty("routes");
            JsonElement site = (await GetAnonymousAsync("wp-json/")).Json.GetProperty("routes");

            Assert.Equal(wooRoutes, space.EnumerateObject().Select(route => route.Name));
            Assert.Equal(wooRoutes.Prepend("/").Concat(wordPressRoutes), site.EnumerateObject().Select(route => route.Name));
            Assert.Equal(new[] { "GET", "POST" }, Methods(space, "/wc/v3/products"));
            Assert.Equal(new[] { "GET", "POST", "PUT", "PATCH", "DELETE" }, Methods(space, "/wc/v3/products/(?P<id>[\\d]+)"));
            Assert.Equal(new[] { "POST", "PUT", "PATCH" }, Methods(space, "/wc/v3/products/batch"));
            Assert.Equal($"{Origin}/wp-json/wc/v3/products", space.GetProperty("/wc/v3/products").GetProperty("_links").GetProperty("self")[0].GetProperty("href").GetString());
            Assert.False(space.GetProperty("/wc/v3/products/(?P<id>[\\d]+)").TryGetProperty("_links", out _));
            Assert.Equal(string.Join(", ", Methods(space, "/wc/v3/products/(?P<id>[\\d]+)")), (await SendAsync(HttpMethod.Get, "wp-json/wc/v3/products/10")).Header("Allow"));
        }

        [Fact]
        public async Task Utf8Bom_starts_every_REST_answer_errors_included_with_the_BOM()
        {
            byte[] plain = (await SendAsync(HttpMethod.Get, "wp-json/wc/v3/products/10")).Body;
            byte[] plainError = (await GetAnonymousAsync("wp-json/wc/v3/products")).Body;
            Store.Modes.Utf8Bom = true;

            Answer answer = await SendAsync(HttpMethod.Get, "wp-json/wc/v3/products/10");
            Answer error = await GetAnonymousAsync("wp-json/wc/v3/products");

            Assert.Equal(Utf8Bom.Concat(plain), answer.Body);
            Assert.Equal(HttpStatusCode.Unauthorized, error.Status);
            Assert.Equal(Utf8Bom.Concat(plainError), error.Body);
            Assert.Equal("application/json; charset=UTF-8", answer.Header("Content-Type"));
        }

        [Fact]
        public async Task PhpNotice_puts_PHPs_warning_before_every_REST_answer_and_keeps_the_JSON_content_type()
        {
            byte[] plain = (await SendAsync(HttpMethod.Get, "wp-json/wc/v3/products?per_page=2")).Body;
            byte[] plainError = (await SendAsync(HttpMethod.Get, "wp-json/wc/v3/products/999999")).Body;
            Store.Modes.PhpNotice = true;

            Answer answer = await SendAsync(HttpMethod.Get, "wp-json/wc/v3/products?per_page=2");
            Answer error = await SendAsync(HttpMethod.Get, "wp-json/wc/v3/products/999999");

            byte[] notice = Encoding.UTF8.GetBytes(FakeStoreModes.PhpNoticeText);
            Assert.StartsWith("\n<br />\n<b>Warning</b>:  Undefined array key \"sku\" in <b>/var/www/html/wp-content/plugins/sync-helper/sync-helper.php</b> on line <b>42</b><br />\n[{", answer.Text, StringComparison.Ordinal);
            Assert.Equal(notice.Concat(plain), answer.Body);
            Assert.Equal(notice.Concat(plainError), error.Body);
            Assert.Equal("application/json; charset=UTF-8", answer.Header("Content-Type"));
        }

        [Fact]
        public async Task CutShortAnswers_sends_half_of_the_next_GET_answers_chunked_and_counts_them_down()
        {
            const string Path = "wp-json/wc/v3/products?per_page=5";
            byte[] whole = (await SendAsync(HttpMethod.Get, Path)).Body;
            Store.Modes.CutShortAnswers = 1;

            await SendAsync(HttpMethod.Head, Path);
            await GetAnonymousAsync(Path);
            await SendAsync(HttpMethod.Get, "wp-json/");
            await SendAsync(HttpMethod.Post, "wp-json/wc/v3/products/batch", "{}");
            Assert.Equal(1, Store.Modes.CutShortAnswers);

            Answer cut = await SendAsync(HttpMethod.Get, Path);
            Answer next = await SendAsync(HttpMethod.Get, Path);

            Assert.Equal(HttpStatusCode.OK, cut.Status);
            Assert.True(cut.Chunked);
            Assert.Null(cut.ContentLength);
            Assert.Equal(whole[..(whole.Length / 2)], cut.Body);
            Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(cut.Body));
            Assert.Equal(0, Store.Modes.CutShortAnswers);
            Assert.Equal(whole, next.Body);
        }

        [Fact]
        public async Task CutShortWithFatalError_goes_on_with_PHPs_fatal_error_and_int_MaxValue_cuts_every_answer()
        {
            byte[] whole = (await SendAsync(HttpMethod.Get, "wp-json/wc/v3/products/10")).Body;
            Store.Modes.CutShortAnswers = int.MaxValue;
            Store.Modes.CutShortWithFatalError = true;

            Answer first = await SendAsync(HttpMethod.Get, "wp-json/wc/v3/products/10");
            Answer second = await SendAsync(HttpMethod.Get, "wp-json/wc/v3/products/10");

            byte[] expected = whole[..(whole.Length / 2)].Concat(Encoding.UTF8.GetBytes(FakeStoreModes.FatalErrorText)).ToArray();
            Assert.Equal(expected, first.Body);
            Assert.Equal(expected, second.Body);
            Assert.EndsWith("<br />\n<b>Fatal error</b>:  Allowed memory size of 134217728 bytes exhausted (tried to allocate 20480 bytes) in <b>/var/www/html/wp-includes/class-wpdb.php</b> on line <b>2351</b><br />\n", first.Text, StringComparison.Ordinal);
            Assert.Equal(int.MaxValue, Store.Modes.CutShortAnswers);
        }

        [Fact]
        public async Task LoneSurrogate_breaks_the_name_of_the_product_with_the_second_lowest_id_and_nothing_else()
        {
            const string Page = "wp-json/wc/v3/products?orderby=id&order=asc&per_page=3";
            long second = (await ListedProductIdsAsync("orderby=id&order=asc&per_page=2"))[1];
            Answer plainSingle = await SendAsync(HttpMethod.Get, $"wp-json/wc/v3/products/{second}");
            string plainPage = (await SendAsync(HttpMethod.Get, Page)).Text;
            string name = plainSingle.Json.GetProperty("name").GetString()!;
            Store.Modes.LoneSurrogate = true;

            Answer single = await SendAsync(HttpMethod.Get, $"wp-json/wc/v3/products/{second}");
            Answer page = await SendAsync(HttpMethod.Get, Page);

            byte[] broken = Encoding.ASCII.GetBytes("\"name\":\"Broken \\ud83d Name\"");
            Assert.True(single.Body.AsSpan().IndexOf(broken) > 0);
            Assert.Equal(plainSingle.Text.Replace($"\"name\":\"{name}\"", "\"name\":\"Broken \\ud83d Name\""), single.Text);
            Assert.Equal(plainPage.Replace($"\"name\":\"{name}\"", "\"name\":\"Broken \\ud83d Name\""), page.Text);
            Assert.Equal(plainSingle.Body.Length + broken.Length - $"\"name\":\"{name}\"".Length, single.Body.Length);
        }

        [Fact]
        public async Task NonObjectItem_puts_false_in_place_of_each_pages_second_item_and_keeps_the_headers()
        {
            const string Path = "wp-json/wc/v3/products?per_page=3&page=2";
            Answer plain = await SendAsync(HttpMethod.Get, Path);
            Store.Modes.NonObjectItem = true;

            Answer spoiled = await SendAsync(HttpMethod.Get, Path);
            Answer single = await SendAsync(HttpMethod.Get, "wp-json/wc/v3/products?per_page=1");

            JsonElement[] before = plain.Json.EnumerateArray().ToArray();
            JsonElement[] after = spoiled.Json.EnumerateArray().ToArray();
            Assert.Equal(JsonValueKind.False, after[1].ValueKind);
            Assert.Equal("false", after[1].GetRawText());
            Assert.Equal(before[0].GetRawText(), after[0].GetRawText());
            Assert.Equal(before[2].GetRawText(), after[2].GetRawText());
            Assert.Equal(JsonValueKind.Object, single.Json[0].ValueKind);
            foreach (string header in new[] { "X-WP-Total", "X-WP-TotalPages", "Link" })
            {
                Assert.Equal(plain.Header(header), spoiled.Header(header));
            }
        }

        [Fact]
        public async Task PagingHeaders_overstates_understates_or_drops_the_totals_of_every_paged_collection()
        {
            Store.Modes.PagingHeaders = PagingHeaders.Overstated;
            Answer overstated = await SendAsync(HttpMethod.Get, "wp-json/wc/v3/products?per_page=10");
            Answer pastTheEnd = await SendAsync(HttpMethod.Get, "wp-json/wc/v3/products?per_page=10&page=7");
            Answer categories = await SendAsync(HttpMethod.Get, "wp-json/wc/v3/products/categories?per_page=5");
            Store.Modes.PagingHeaders = PagingHeaders.Understated;
            Answer understated = await SendAsync(HttpMethod.Get, "wp-json/wc/v3/products?per_page=10");
            Store.Modes.PagingHeaders = PagingHeaders.Missing;
            Answer missing = await SendAsync(HttpMethod.Get, "wp-json/wc/v3/products?per_page=10");

            Assert.Equal(("1000000", "100000"), (overstated.Header("X-WP-Total"), overstated.Header("X-WP-TotalPages")));
            Assert.Equal($"<{Origin}/wp-json/wc/v3/products?per_page=10&page=2>; rel=\"next\"", overstated.Header("Link"));
            Assert.Equal("[]", pastTheEnd.Text);
            Assert.Equal(("1000000", "100000"), (pastTheEnd.Header("X-WP-Total"), pastTheEnd.Header("X-WP-TotalPages")));
            Assert.Equal(("500000", "100000"), (categories.Header("X-WP-Total"), categories.Header("X-WP-TotalPages")));
            Assert.Equal(("25", "1"), (understated.Header("X-WP-Total"), understated.Header("X-WP-TotalPages")));
            Assert.DoesNotContain("rel=\"next\"", understated.Header("Link"));
            Assert.Null(missing.Header("X-WP-Total"));
            Assert.Null(missing.Header("X-WP-TotalPages"));
            Assert.Equal($"<{Origin}/wp-json/>; rel=\"https://api.w.org/\"", missing.Header("Link"));
            Assert.Equal(10, missing.Json.GetArrayLength());
        }

        [Fact]
        public async Task RestRedirect_TrailingSlash_sends_every_method_to_the_path_with_a_slash_which_is_served()
        {
            Store.Modes.RestRedirect = RestRedirect.TrailingSlash;

            Answer get = await SendAsync(HttpMethod.Get, "wp-json/wc/v3/products?per_page=5&search=a%20b");
            Answer post = await SendAsync(HttpMethod.Post, "wp-json/wc/v3/products/batch", "{}");
            Answer followed = await SendAsync(HttpMethod.Get, "wp-json/wc/v3/products/?per_page=5");
            Answer index = await GetAnonymousAsync("wp-json/");

            Assert.Equal(HttpStatusCode.MovedPermanently, get.Status);
            Assert.Equal($"{Origin}/wp-json/wc/v3/products/?per_page=5&search=a%20b", get.Header("Location"));
            Assert.Equal("WordPress", get.Header("X-Redirect-By"));
            Assert.Equal(HttpStatusCode.MovedPermanently, post.Status);
            Assert.Equal($"{Origin}/wp-json/wc/v3/products/batch/", post.Header("Location"));
            Assert.Equal(HttpStatusCode.OK, followed.Status);
            Assert.Equal(5, followed.Json.GetArrayLength());
            Assert.Equal(HttpStatusCode.OK, index.Status);
        }

        [Fact]
        public async Task RestRedirect_RestRoute_sends_to_the_rest_route_address_where_keys_are_never_checked()
        {
            Store.Modes.RestRedirect = RestRedirect.RestRoute;

            Answer redirected = await SendAsync(HttpMethod.Get, "wp-json/wc/v3/products?per_page=5");
            Answer followed = await SendAsync(HttpMethod.Get, redirected.Header("Location")!);
            Answer index = await GetAnonymousAsync((await SendAsync(HttpMethod.Get, "wp-json/wc/v3")).Header("Location")!);

            Assert.Equal(HttpStatusCode.MovedPermanently, redirected.Status);
            Assert.Equal($"{Origin}/?rest_route=/wc/v3/products&per_page=5", redirected.Header("Location"));
            Assert.Equal(HttpStatusCode.Unauthorized, followed.Status);
            Assert.Contains("woocommerce_rest_cannot_view", followed.Text);
            Assert.Equal(HttpStatusCode.OK, index.Status);
            Assert.Equal("wc/v3", index.Json.GetProperty("namespace").GetString());
        }

        [Fact]
        public async Task RestRedirect_Login_sends_to_the_login_form_with_the_request_urlencoded()
        {
            Store.Modes.RestRedirect = RestRedirect.Login;
            string fingerprint = Store.CatalogFingerprint();

            Answer redirected = await SendAsync(HttpMethod.Delete, "wp-json/wc/v3/products/10?force=true");
            Answer login = await GetAnonymousAsync(redirected.Header("Location")!);

            Assert.Equal(HttpStatusCode.MovedPermanently, redirected.Status);
            Assert.Equal($"{Origin}/wp-login.php?redirect_to=%2Fwp-json%2Fwc%2Fv3%2Fproducts%2F10%3Fforce%3Dtrue", redirected.Header("Location"));
            Assert.Equal(HttpStatusCode.OK, login.Status);
            Assert.Equal("text/html; charset=UTF-8", login.Header("Content-Type"));
            Assert.Contains("id=\"loginform\"", login.Text);
            Assert.Equal(fingerprint, Store.CatalogFingerprint());
        }

        private static IEnumerable<string> Methods(JsonElement routes, string route) =>
            routes.GetProperty(route).GetProperty("methods").EnumerateArray().Select(method => method.GetString()!);
    }
}
