using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;

namespace WooPS.Tests.FakeStore
{
    /// <summary>
    /// The fake store's variation writes, through a raw HttpClient: the batch answers as capture 55,
    /// DELETE trashes as capture 23c, and every change shows in the variation, its product and the SKU lookup.
    /// </summary>
    public class VariationWriteTests : FakeStoreTests
    {
        // Capture 55's variation, field for field.
        private static readonly string[] CapturedFields =
        [
            "id", "type", "date_created", "date_created_gmt", "date_modified", "date_modified_gmt", "description", "permalink", "sku",
            "global_unique_id", "price", "regular_price", "sale_price", "date_on_sale_from", "date_on_sale_from_gmt", "date_on_sale_to",
            "date_on_sale_to_gmt", "on_sale", "status", "purchasable", "virtual", "downloadable", "downloads", "download_limit",
            "download_expiry", "tax_status", "tax_class", "manage_stock", "stock_quantity", "stock_status", "backorders",
            "backorders_allowed", "backordered", "low_stock_amount", "weight", "dimensions", "shipping_class", "shipping_class_id", "image",
            "attributes", "menu_order", "meta_data", "name", "parent_id", "_links",
        ];

        [Fact]
        public async Task A_batch_update_answers_as_capture_55_and_the_variation_its_product_and_the_SKU_lookup_show_it()
        {
            (long productId, long[] variations) = await VariableProductAsync();
            long variationId = variations[0];
            string sku = (await SendAsync(HttpMethod.Get, $"wp-json/wc/v3/products/{productId}/variations/{variationId}")).Json.GetProperty("sku").GetString()!;

            Answer batch = await SendAsync(HttpMethod.Post, $"wp-json/wc/v3/products/{productId}/variations/batch",
                $"{{\"update\":[{{\"id\":{variationId},\"regular_price\":\"1.49\",\"sale_price\":\"\"}}]}}");

            Assert.Equal(HttpStatusCode.OK, batch.Status);
            Assert.Equal("POST, PUT, PATCH", batch.Header("Allow"));
            Assert.Equal(new[] { "update" }, batch.Json.EnumerateObject().Select(section => section.Name));
            JsonElement updated = batch.Json.GetProperty("update")[0];
            Assert.Equal(CapturedFields, updated.EnumerateObject().Select(field => field.Name));
            Assert.Equal(variationId, updated.GetProperty("id").GetInt64());
            Assert.Equal(("1.49", "1.49", "parent"), (updated.GetProperty("price").GetString(), updated.GetProperty("regular_price").GetString(), updated.GetProperty("tax_class").GetString()));
            Assert.Equal(productId, updated.GetProperty("parent_id").GetInt64());
            Assert.Equal($"{Origin}/wp-json/wc/v3/products/{productId}/variations/{variationId}", updated.GetProperty("_links").GetProperty("self")[0].GetProperty("href").GetString());
            Assert.Equal($"{Origin}/wp-json/wc/v3/products/{productId}", updated.GetProperty("_links").GetProperty("up")[0].GetProperty("href").GetString());

            JsonElement single = (await SendAsync(HttpMethod.Get, $"wp-json/wc/v3/products/{productId}/variations/{variationId}")).Json;
            JsonElement listed = (await SendAsync(HttpMethod.Get, $"wp-json/wc/v3/products/{productId}/variations")).Json.EnumerateArray().Single(v => v.GetProperty("id").GetInt64() == variationId);
            JsonElement bySku = (await SendAsync(HttpMethod.Get, $"wp-json/wc/v3/products?sku={sku}")).Json.EnumerateArray().Single();
            JsonElement product = (await SendAsync(HttpMethod.Get, $"wp-json/wc/v3/products/{productId}")).Json;
            foreach (JsonElement variation in new[] { single, listed, bySku })
            {
                Assert.Equal(("1.49", false), (variation.GetProperty("price").GetString(), variation.GetProperty("on_sale").GetBoolean()));
                Assert.Equal("", variation.GetProperty("tax_class").GetString());
            }
            Assert.Equal("variation", bySku.GetProperty("type").GetString());
            // The cheapest variation now: the product's price range starts with it, and saving it dated the product (capture 60).
            Assert.Equal("1.49", product.GetProperty("price").GetString());
            Assert.Equal(updated.GetProperty("date_modified").GetString(), product.GetProperty("date_modified").GetString());
        }

        [Fact]
        public async Task Create_answers_201_with_WooCommerces_Location_and_the_variation_joins_its_product()
        {
            (long productId, long[] before) = await VariableProductAsync();

            Answer created = await SendAsync(HttpMethod.Post, $"wp-json/wc/v3/products/{productId}/variations",
                "{\"regular_price\":\"9.50\",\"sku\":\"RW-NEW-VARIATION\",\"attributes\":[{\"id\":1,\"option\":\"black\"},{\"name\":\"Shape\",\"option\":\"Round\"}]}");

            Assert.Equal(HttpStatusCode.Created, created.Status);
            JsonElement variation = created.Json;
            long id = variation.GetProperty("id").GetInt64();
            // create_item builds it from the route's pattern, which it leaves unreplaced.
            Assert.Equal($"{Origin}/wp-json/wc/v3/products/(?P<product_id>[\\d]+)/variations/{id}", created.Header("Location"));
            Assert.Equal("GET, POST", created.Header("Allow"));
            Assert.Equal(CapturedFields, variation.EnumerateObject().Select(field => field.Name));
            Assert.Equal(("9.50", "RW-NEW-VARIATION", "publish"), (variation.GetProperty("price").GetString(), variation.GetProperty("sku").GetString(), variation.GetProperty("status").GetString()));
            Assert.Equal("[{\"id\":1,\"name\":\"Color\",\"slug\":\"pa_color\",\"option\":\"Black\"}]", variation.GetProperty("attributes").GetRawText());
            Assert.Equal("Black", variation.GetProperty("name").GetString());
            Assert.Equal((productId, "parent"), (variation.GetProperty("parent_id").GetInt64(), variation.GetProperty("tax_class").GetString()));

            long[] after = await VariationIdsAsync(productId);
            Assert.Equal(before.Append(id), after);
            Assert.Contains(id, (await SendAsync(HttpMethod.Get, $"wp-json/wc/v3/products/{productId}/variations?per_page=100")).Json.EnumerateArray().Select(v => v.GetProperty("id").GetInt64()));
        }

        [Fact]
        public async Task Delete_without_force_trashes_the_variation_as_capture_23c_then_410_and_force_deletes_it()
        {
            (long productId, long[] variations) = await VariableProductAsync();
            long variationId = variations[^1];
            string path = $"wp-json/wc/v3/products/{productId}/variations/{variationId}";

            Answer trashed = await SendAsync(HttpMethod.Delete, path);
            Answer inTrash = await SendAsync(HttpMethod.Get, path);
            Answer again = await SendAsync(HttpMethod.Delete, path);

            Assert.Equal(HttpStatusCode.OK, trashed.Status);
            Assert.Equal("GET, POST, PUT, PATCH, DELETE", trashed.Header("Allow"));
            Assert.Equal(("publish", "parent"), (trashed.Json.GetProperty("status").GetString(), trashed.Json.GetProperty("tax_class").GetString()));
            Assert.Equal("trash", inTrash.Json.GetProperty("status").GetString());
            Assert.DoesNotContain(variationId, await VariationIdsAsync(productId));
            Assert.DoesNotContain(variationId, (await SendAsync(HttpMethod.Get, $"wp-json/wc/v3/products/{productId}/variations")).Json.EnumerateArray().Select(v => v.GetProperty("id").GetInt64()));
            Assert.Equal(new[] { variationId }, (await SendAsync(HttpMethod.Get, $"wp-json/wc/v3/products/{productId}/variations?status=trash")).Json.EnumerateArray().Select(v => v.GetProperty("id").GetInt64()));
            Assert.Equal((HttpStatusCode)410, again.Status);
            Assert.Equal("{\"code\":\"woocommerce_rest_already_trashed\",\"message\":\"The product_variation has already been deleted.\",\"data\":{\"status\":410}}", again.Text);

            Answer forced = await SendAsync(HttpMethod.Delete, path + "?force=true");

            Assert.Equal(HttpStatusCode.OK, forced.Status);
            Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(HttpMethod.Get, path)).Status);
            Assert.Equal("{\"code\":\"woocommerce_rest_product_variation_invalid_id\",\"message\":\"Invalid ID.\",\"data\":{\"status\":404}}",
                (await SendAsync(HttpMethod.Delete, path + "?force=true")).Text);
        }

        [Fact]
        public async Task A_duplicate_SKU_between_products_and_variations_is_refused_item_by_item()
        {
            (long productId, long[] variations) = await VariableProductAsync();
            string otherSku = (await SendAsync(HttpMethod.Get, $"wp-json/wc/v3/products/{productId}/variations/{variations[1]}")).Json.GetProperty("sku").GetString()!;

            Answer batch = await SendAsync(HttpMethod.Post, $"wp-json/wc/v3/products/{productId}/variations/batch",
                "{\"create\":[{\"sku\":\"WOO-SIMPLE-0001\"}],"
                + $"\"update\":[{{\"id\":{variations[0]},\"sku\":\"{otherSku}\"}},{{\"id\":{variations[0]},\"regular_price\":\"5.00\"}}]}}");
            Answer product = await SendAsync(HttpMethod.Post, "wp-json/wc/v3/products", $"{{\"name\":\"dup\",\"sku\":\"{otherSku}\"}}");

            Assert.Equal(HttpStatusCode.OK, batch.Status);
            Assert.Equal("[{\"id\":0,\"error\":{\"code\":\"product_invalid_sku\",\"message\":\"Invalid or duplicated SKU.\",\"data\":{\"status\":400,\"resource_id\":10,\"unique_sku\":\"WOO-SIMPLE-0001-1\"}}}]",
                batch.Json.GetProperty("create").GetRawText());
            JsonElement[] updates = batch.Json.GetProperty("update").EnumerateArray().ToArray();
            Assert.Equal($"{{\"id\":{variations[0]},\"error\":{{\"code\":\"product_invalid_sku\",\"message\":\"Invalid or duplicated SKU.\",\"data\":{{\"status\":400,\"resource_id\":{variations[1]},\"unique_sku\":\"{otherSku}-1\"}}}}}}",
                updates[0].GetRawText());
            Assert.Equal("5.00", updates[1].GetProperty("regular_price").GetString());
            Assert.Equal(HttpStatusCode.BadRequest, product.Status);
            Assert.Equal(variations[1], product.Json.GetProperty("data").GetProperty("resource_id").GetInt64());
            Assert.Equal(variations, await VariationIdsAsync(productId));
        }

        [Fact]
        public async Task Unknown_products_and_another_products_variations_are_refused_and_nothing_changes()
        {
            (long productId, long[] variations) = await VariableProductAsync();
            string fingerprint = Store.CatalogFingerprint();

            Answer underUnknown = await SendAsync(HttpMethod.Post, "wp-json/wc/v3/products/999999/variations", "{\"regular_price\":\"1.00\"}");
            Answer underAnother = await SendAsync(HttpMethod.Put, $"wp-json/wc/v3/products/10/variations/{variations[0]}", "{\"regular_price\":\"1.00\"}");
            Answer unknownId = await SendAsync(HttpMethod.Put, $"wp-json/wc/v3/products/{productId}/variations/999999", "{\"regular_price\":\"1.00\"}");
            Answer productAsVariation = await SendAsync(HttpMethod.Put, $"wp-json/wc/v3/products/{productId}/variations/10", "{\"regular_price\":\"1.00\"}");
            Answer deleteUnknown = await SendAsync(HttpMethod.Delete, $"wp-json/wc/v3/products/{productId}/variations/999999?force=true");
            Answer batch = await SendAsync(HttpMethod.Post, "wp-json/wc/v3/products/999999/variations/batch",
                $"{{\"create\":[{{\"regular_price\":\"1.00\"}}],\"update\":[{{\"id\":{variations[0]},\"regular_price\":\"1.00\"}}],\"delete\":[{variations[0]},0]}}");

            Assert.Equal("{\"code\":\"woocommerce_rest_product_invalid_id\",\"message\":\"Invalid product ID.\",\"data\":{\"status\":404}}", underUnknown.Text);
            Assert.Equal(HttpStatusCode.NotFound, underUnknown.Status);
            Assert.Equal("{\"code\":\"woocommerce_rest_cannot_edit\",\"message\":\"Parent product does not match current variation.\",\"data\":{\"status\":403}}", underAnother.Text);
            Assert.Equal(HttpStatusCode.Forbidden, underAnother.Status);
            Assert.Equal("{\"code\":\"woocommerce_rest_product_variation_invalid_id\",\"message\":\"Invalid ID.\",\"data\":{\"status\":400}}", unknownId.Text);
            Assert.Equal(unknownId.Text, productAsVariation.Text);
            Assert.Equal(HttpStatusCode.NotFound, deleteUnknown.Status);
            Assert.Equal(HttpStatusCode.OK, batch.Status);
            Assert.Equal("{\"id\":0,\"error\":{\"code\":\"woocommerce_rest_product_invalid_id\",\"message\":\"Invalid product ID.\",\"data\":{\"status\":404}}}", batch.Json.GetProperty("create")[0].GetRawText());
            Assert.Equal("woocommerce_rest_cannot_edit", batch.Json.GetProperty("update")[0].GetProperty("error").GetProperty("code").GetString());
            // The id 0 is skipped, as batch_items skips it.
            Assert.Equal($"{{\"id\":{variations[0]},\"error\":{{\"code\":\"woocommerce_rest_product_variation_invalid_id\",\"message\":\"Invalid ID.\",\"data\":{{\"status\":404}}}}}}",
                Assert.Single(batch.Json.GetProperty("delete").EnumerateArray()).GetRawText());
            Assert.Equal(fingerprint, Store.CatalogFingerprint());
        }

        [Fact]
        public async Task A_single_write_checks_the_variation_schema_a_batch_item_does_not_and_101_items_are_413()
        {
            (long productId, long[] variations) = await VariableProductAsync();
            string fingerprint = Store.CatalogFingerprint();

            Answer invalid = await SendAsync(HttpMethod.Put, $"wp-json/wc/v3/products/{productId}/variations/{variations[0]}", "{\"stock_quantity\":\"abc\",\"status\":\"future\"}");
            Answer tooMany = await SendAsync(HttpMethod.Post, $"wp-json/wc/v3/products/{productId}/variations/batch",
                "{\"update\":[" + string.Join(",", Enumerable.Repeat($"{{\"id\":{variations[0]},\"regular_price\":\"1.00\"}}", 101)) + "]}");

            Assert.Equal(HttpStatusCode.BadRequest, invalid.Status);
            Assert.Equal("Invalid parameter(s): status, stock_quantity", invalid.Json.GetProperty("message").GetString());
            Assert.Equal("status is not one of draft, pending, private, and publish.", invalid.Json.GetProperty("data").GetProperty("params").GetProperty("status").GetString());
            Assert.Equal((HttpStatusCode)413, tooMany.Status);
            Assert.Equal("{\"code\":\"woocommerce_rest_request_entity_too_large\",\"message\":\"Unable to accept more than 100 items for this request.\",\"data\":{\"status\":413}}", tooMany.Text);
            Assert.Equal(fingerprint, Store.CatalogFingerprint());

            JsonElement item = (await SendAsync(HttpMethod.Post, $"wp-json/wc/v3/products/{productId}/variations/batch",
                $"{{\"update\":[{{\"id\":{variations[0]},\"manage_stock\":true,\"stock_quantity\":\"abc\",\"status\":\"bogus\"}}]}}")).Json.GetProperty("update")[0];

            Assert.Equal((0, "outofstock", "draft"), (item.GetProperty("stock_quantity").GetInt32(), item.GetProperty("stock_status").GetString(), item.GetProperty("status").GetString()));
        }

        /// <summary>The first variable product and its variations' ids.</summary>
        private async Task<(long ProductId, long[] Variations)> VariableProductAsync()
        {
            JsonElement product = (await SendAsync(HttpMethod.Get, "wp-json/wc/v3/products?type=variable&orderby=id&order=asc&per_page=1")).Json[0];
            long id = product.GetProperty("id").GetInt64();
            long[] variations = product.GetProperty("variations").EnumerateArray().Select(v => v.GetInt64()).ToArray();
            Assert.True(variations.Length >= 3, "the seeded variable products have 3 to 6 variations");
            return (id, variations);
        }

        private async Task<long[]> VariationIdsAsync(long productId) =>
            (await SendAsync(HttpMethod.Get, $"wp-json/wc/v3/products/{productId}")).Json.GetProperty("variations").EnumerateArray().Select(v => v.GetInt64()).ToArray();
    }
}
