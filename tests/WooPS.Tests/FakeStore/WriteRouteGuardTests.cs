using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;

namespace WooPS.Tests.FakeStore
{
    /// <summary>
    /// Every variation, category and tag write route refuses a read key as capture 12 does and a
    /// malformed JSON body as capture 35c does, and changes nothing either way.
    /// </summary>
    public class WriteRouteGuardTests : FakeStoreTests
    {
        [Fact]
        public async Task A_read_key_gets_401_and_a_malformed_body_rest_invalid_json_on_every_new_write_route()
        {
            JsonElement product = (await SendAsync(HttpMethod.Get, "wp-json/wc/v3/products?type=variable&per_page=1")).Json[0];
            long productId = product.GetProperty("id").GetInt64();
            long variationId = product.GetProperty("variations")[0].GetInt64();
            (HttpMethod Method, string Path)[] routes =
            [
                (HttpMethod.Post, $"wp-json/wc/v3/products/{productId}/variations"),
                (HttpMethod.Put, $"wp-json/wc/v3/products/{productId}/variations/{variationId}"),
                (HttpMethod.Patch, $"wp-json/wc/v3/products/{productId}/variations/{variationId}"),
                (HttpMethod.Post, $"wp-json/wc/v3/products/{productId}/variations/{variationId}"),
                (HttpMethod.Delete, $"wp-json/wc/v3/products/{productId}/variations/{variationId}?force=true"),
                (HttpMethod.Post, $"wp-json/wc/v3/products/{productId}/variations/batch"),
                (HttpMethod.Put, $"wp-json/wc/v3/products/{productId}/variations/batch"),
                (HttpMethod.Post, "wp-json/wc/v3/products/categories"),
                (HttpMethod.Put, "wp-json/wc/v3/products/categories/20"),
                (HttpMethod.Delete, "wp-json/wc/v3/products/categories/20?force=true"),
                (HttpMethod.Post, "wp-json/wc/v3/products/categories/batch"),
                (HttpMethod.Post, "wp-json/wc/v3/products/tags"),
                (HttpMethod.Patch, "wp-json/wc/v3/products/tags/22"),
                (HttpMethod.Delete, "wp-json/wc/v3/products/tags/22?force=true"),
                (HttpMethod.Patch, "wp-json/wc/v3/products/tags/batch"),
            ];
            string fingerprint = Store.CatalogFingerprint();
            string categories = (await SendAsync(HttpMethod.Get, "wp-json/wc/v3/products/categories?per_page=100")).Text;
            string tags = (await SendAsync(HttpMethod.Get, "wp-json/wc/v3/products/tags?per_page=100")).Text;

            foreach ((HttpMethod method, string path) in routes)
            {
                Answer readKey = await SendAsync(method, path, "{\"name\":\"x\",\"regular_price\":\"1.00\",\"delete\":[20]}", Store.Keys.Read);
                Answer malformed = await SendAsync(method, path, "{\"name\":");

                Assert.Equal(HttpStatusCode.Unauthorized, readKey.Status);
                Assert.Equal("{\"code\":\"woocommerce_rest_authentication_error\",\"message\":\"The API key provided does not have write permissions.\",\"data\":{\"status\":401}}", readKey.Text);
                Assert.Equal(HttpStatusCode.BadRequest, malformed.Status);
                Assert.Equal("{\"code\":\"rest_invalid_json\",\"message\":\"Invalid JSON body passed.\",\"data\":{\"status\":400,\"json_error_code\":4,\"json_error_message\":\"Syntax error\"}}", malformed.Text);
            }

            Assert.Equal(fingerprint, Store.CatalogFingerprint());
            Assert.Equal(categories, (await SendAsync(HttpMethod.Get, "wp-json/wc/v3/products/categories?per_page=100")).Text);
            Assert.Equal(tags, (await SendAsync(HttpMethod.Get, "wp-json/wc/v3/products/tags?per_page=100")).Text);
        }

        [Fact]
        public async Task A_user_who_may_not_edit_products_may_not_write_terms_or_variations_either()
        {
            string fingerprint = Store.CatalogFingerprint();

            Answer create = await SendAsync(HttpMethod.Post, "wp-json/wc/v3/products/categories", "{\"name\":\"x\"}", Store.Keys.NoEditCapability);
            Answer delete = await SendAsync(HttpMethod.Delete, "wp-json/wc/v3/products/tags/22?force=true", key: Store.Keys.NoEditCapability);
            Answer batch = await SendAsync(HttpMethod.Post, "wp-json/wc/v3/products/tags/batch", "{\"delete\":[22]}", Store.Keys.NoEditCapability);

            Assert.Equal("{\"code\":\"woocommerce_rest_cannot_create\",\"message\":\"Sorry, you are not allowed to create resources.\",\"data\":{\"status\":403}}", create.Text);
            Assert.Equal("{\"code\":\"woocommerce_rest_cannot_delete\",\"message\":\"Sorry, you are not allowed to delete this resource.\",\"data\":{\"status\":403}}", delete.Text);
            Assert.Equal("{\"code\":\"woocommerce_rest_cannot_batch\",\"message\":\"Sorry, you are not allowed to batch manipulate this resource.\",\"data\":{\"status\":403}}", batch.Text);
            Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Get, "wp-json/wc/v3/products/tags/22")).Status);
            Assert.Equal(fingerprint, Store.CatalogFingerprint());
        }
    }
}
