using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;

namespace WooPS.Tests.FakeStore
{
    /// <summary>
    /// A product in the trash and its SKU, as captures 63–63h show them: left out of products?sku= unless
    /// status=trash asks for it, still holding its SKU against a create (singly and in a batch) but not
    /// against an update, and back with its slug after PUT {"status":"publish"}; and the test hook that
    /// makes two products share a SKU (<see cref="WooPS.FakeStore.FakeStore.ForceSku"/>).
    /// </summary>
    public class TrashedSkuTests : FakeStoreTests
    {
        private const string NotCreated =
            "{\"code\":\"woocommerce_rest_product_not_created\",\"message\":\"The product with SKU (RW-CAP3-TRASH) you are trying to insert is already present in the lookup table\",\"data\":{\"status\":400}}";

        [Fact]
        public async Task A_trashed_product_is_found_by_its_SKU_only_with_status_trash_as_captures_63c_and_63d()
        {
            long id = await TrashedProductAsync();

            Answer byDefault = await SendAsync(HttpMethod.Get, "wp-json/wc/v3/products?sku=RW-CAP3-TRASH&_fields=id,sku,status");
            Answer inTrash = await SendAsync(HttpMethod.Get, "wp-json/wc/v3/products?sku=RW-CAP3-TRASH&status=trash&_fields=id,sku,status");

            Assert.Equal("[]", byDefault.Text);
            Assert.Equal(("0", "0"), (byDefault.Header("X-WP-Total"), byDefault.Header("X-WP-TotalPages")));
            Assert.Equal($"[{{\"id\":{id},\"sku\":\"RW-CAP3-TRASH\",\"status\":\"trash\"}}]", inTrash.Text);
            Assert.Equal(("1", "1"), (inTrash.Header("X-WP-Total"), inTrash.Header("X-WP-TotalPages")));
        }

        [Fact]
        public async Task A_create_with_a_trashed_products_SKU_is_refused_singly_and_per_item_and_uses_up_a_post_id()
        {
            long id = await TrashedProductAsync();
            int before = Store.ProductCount;

            Answer single = await SendAsync(HttpMethod.Post, "wp-json/wc/v3/products", "{\"name\":\"RW Cap3 Trash 2\",\"sku\":\"RW-CAP3-TRASH\",\"regular_price\":\"6.00\"}");
            Answer batch = await SendAsync(HttpMethod.Post, "wp-json/wc/v3/products/batch", "{\"create\":[{\"name\":\"RW Cap3 Trash 3\",\"sku\":\"rw-cap3-trash\",\"regular_price\":\"6.00\"}]}");
            long next = await CreateProductAsync("{\"name\":\"After\"}");

            Assert.Equal(HttpStatusCode.BadRequest, single.Status);
            Assert.Equal(NotCreated, single.Text);
            Assert.Equal(HttpStatusCode.OK, batch.Status);
            // MySQL compares SKUs without case; the message names the SKU as sent.
            Assert.Equal("{\"create\":[{\"id\":0,\"error\":" + NotCreated.Replace("(RW-CAP3-TRASH)", "(rw-cap3-trash)") + "}]}", batch.Text);
            Assert.Equal(before + 1, Store.ProductCount);
            // WordPress inserted each refused product before the lock failed: two post ids are gone (2105, then 2108 in capture 65).
            Assert.Equal(id + 3, next);
        }

        [Fact]
        public async Task An_update_may_take_a_trashed_products_SKU_but_not_a_live_ones()
        {
            long trashed = await TrashedProductAsync();
            long other = await CreateProductAsync("{\"name\":\"Other\",\"sku\":\"RW-CAP3-OTHER\"}");
            long live = await CreateProductAsync("{\"name\":\"Live\",\"sku\":\"RW-CAP3-LIVE\"}");

            Answer taken = await SendAsync(HttpMethod.Put, $"wp-json/wc/v3/products/{other}", "{\"sku\":\"RW-CAP3-TRASH\"}");
            Answer refused = await SendAsync(HttpMethod.Put, $"wp-json/wc/v3/products/{other}", "{\"sku\":\"RW-CAP3-LIVE\"}");

            Assert.Equal(HttpStatusCode.OK, taken.Status);
            Assert.Equal("RW-CAP3-TRASH", taken.Json.GetProperty("sku").GetString());
            Assert.Equal(new[] { other }, await ListedProductIdsAsync("sku=RW-CAP3-TRASH"));
            Assert.Equal(new[] { trashed }, await ListedProductIdsAsync("sku=RW-CAP3-TRASH&status=trash"));
            Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
            Assert.Equal($"{{\"code\":\"product_invalid_sku\",\"message\":\"Invalid or duplicated SKU.\",\"data\":{{\"status\":400,\"resource_id\":{live},\"unique_sku\":\"RW-CAP3-LIVE-1\"}}}}", refused.Text);
        }

        [Fact]
        public async Task The_trash_keeps_wp_trash_posts_fields_and_PUT_status_publish_takes_the_product_out_with_its_slug_as_capture_63g()
        {
            long id = await TrashedProductAsync();

            JsonElement inTrash = (await SendAsync(HttpMethod.Get, $"wp-json/wc/v3/products/{id}")).Json;
            Answer untrashed = await SendAsync(HttpMethod.Put, $"wp-json/wc/v3/products/{id}", "{\"status\":\"publish\"}");

            Assert.Equal(("trash", "rw-cap3-trash__trashed"), (inTrash.GetProperty("status").GetString(), inTrash.GetProperty("slug").GetString()));
            JsonElement[] trashMeta = inTrash.GetProperty("meta_data").EnumerateArray().ToArray();
            Assert.Equal(new[] { "_wp_trash_meta_status", "_wp_trash_meta_time", "_wp_desired_post_slug" }, trashMeta.Select(field => field.GetProperty("key").GetString()));
            Assert.Equal(new[] { "publish", "rw-cap3-trash" }, new[] { trashMeta[0], trashMeta[2] }.Select(field => field.GetProperty("value").GetString()));
            long trashedAt = long.Parse(trashMeta[1].GetProperty("value").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
            Assert.InRange(trashedAt, DateTimeOffset.UtcNow.ToUnixTimeSeconds() - 120, DateTimeOffset.UtcNow.ToUnixTimeSeconds() + 120);
            Assert.Equal(new[] { trashMeta[0].GetProperty("id").GetInt64() + 1, trashMeta[0].GetProperty("id").GetInt64() + 2 }, trashMeta.Skip(1).Select(field => field.GetProperty("id").GetInt64()));

            Assert.Equal(HttpStatusCode.OK, untrashed.Status);
            JsonElement product = untrashed.Json;
            Assert.Equal(("publish", "rw-cap3-trash", $"{Origin}/product/rw-cap3-trash/"),
                (product.GetProperty("status").GetString(), product.GetProperty("slug").GetString(), product.GetProperty("permalink").GetString()));
            Assert.Equal(string.Join(",", trashMeta.Take(2).Select(field => field.GetRawText())), product.GetProperty("meta_data").GetRawText().Trim('[', ']'));
            Assert.Equal(new[] { id }, await ListedProductIdsAsync("sku=RW-CAP3-TRASH"));
        }

        [Fact]
        public async Task ForceSku_lets_two_products_share_a_SKU_in_process_and_over_HTTP_and_products_by_SKU_lists_both()
        {
            long first = await CreateProductAsync("{\"name\":\"First\",\"sku\":\"RW-SHARED\"}");
            long second = await CreateProductAsync("{\"name\":\"Second\",\"sku\":\"RW-SECOND\"}");
            JsonElement variable = (await SendAsync(HttpMethod.Get, "wp-json/wc/v3/products?type=variable&per_page=1")).Json[0];
            long variation = variable.GetProperty("variations")[0].GetInt64();

            Store.ForceSku(second, "RW-SHARED");
            Answer overHttp = await AnswerAsync(new HttpRequestMessage(HttpMethod.Post, new Uri(Store.HttpUrl, $"__fakestore/products/{variation}/sku"))
            {
                Content = new StringContent("{\"sku\":\"RW-SHARED\"}"),
            });

            Assert.Equal(HttpStatusCode.OK, overHttp.Status);
            Assert.Equal($"{{\"id\":{variation},\"sku\":\"RW-SHARED\"}}", overHttp.Text);
            Assert.Equal(new[] { first, second, variation }.Order(), (await ListedProductIdsAsync("sku=RW-SHARED&per_page=100")).Order());
            Answer refused = await SendAsync(HttpMethod.Post, "wp-json/wc/v3/products", "{\"name\":\"Third\",\"sku\":\"RW-SHARED\"}");
            Assert.Equal("product_invalid_sku", refused.Json.GetProperty("code").GetString());
            Assert.DoesNotContain(Store.Requests, request => request.PathAndQuery.StartsWith("/__fakestore", StringComparison.Ordinal));
        }

        [Fact]
        public async Task The_SKU_hook_answers_404_for_an_unknown_id_400_for_a_body_without_a_SKU_and_405_for_GET()
        {
            Answer unknown = await AnswerAsync(new HttpRequestMessage(HttpMethod.Post, new Uri(Store.HttpUrl, "__fakestore/products/999999/sku")) { Content = new StringContent("{\"sku\":\"X\"}") });
            Answer noSku = await AnswerAsync(new HttpRequestMessage(HttpMethod.Post, new Uri(Store.HttpUrl, "__fakestore/products/10/sku")) { Content = new StringContent("{\"sku\":5}") });
            Answer get = await AnswerAsync(new HttpRequestMessage(HttpMethod.Get, new Uri(Store.HttpUrl, "__fakestore/products/10/sku")));

            Assert.Equal((HttpStatusCode.NotFound, "{\"error\":\"No product or variation has id 999999.\"}"), (unknown.Status, unknown.Text));
            Assert.Equal(HttpStatusCode.BadRequest, noSku.Status);
            Assert.Equal((HttpStatusCode.MethodNotAllowed, "POST"), (get.Status, get.Header("Allow")));
            Assert.Throws<ArgumentException>(() => Store.ForceSku(999999, "X"));
        }

        /// <summary>Creates the product of capture 63 and trashes it as 63b does; returns its id.</summary>
        private async Task<long> TrashedProductAsync()
        {
            long id = await CreateProductAsync("{\"name\":\"RW Cap3 Trash\",\"sku\":\"RW-CAP3-TRASH\",\"regular_price\":\"5.00\"}");
            Answer trashed = await SendAsync(HttpMethod.Delete, $"wp-json/wc/v3/products/{id}");
            Assert.Equal(("publish", "[]"), (trashed.Json.GetProperty("status").GetString(), trashed.Json.GetProperty("meta_data").GetRawText()));
            return id;
        }
    }
}
