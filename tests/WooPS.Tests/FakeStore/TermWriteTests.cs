using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;

namespace WooPS.Tests.FakeStore
{
    /// <summary>
    /// The fake store's category and tag writes, through a raw HttpClient, as captures 57–57f, 58 and
    /// 58b show them, with WordPress's term_exists and the products that lose a deleted term.
    /// </summary>
    public class TermWriteTests : FakeStoreTests
    {
        private const long Books = 20;
        private const long Clothing = 16;
        private const long SaleTag = 22;

        [Fact]
        public async Task A_category_is_created_renamed_and_stripped_of_tags_as_captures_57_to_57d()
        {
            Answer created = await SendAsync(HttpMethod.Post, "wp-json/wc/v3/products/categories", "{\"name\":\"RW Cap2 & Co\"}");

            Assert.Equal(HttpStatusCode.Created, created.Status);
            long id = created.Json.GetProperty("id").GetInt64();
            Assert.Equal($"{Origin}/wp-json/wc/v3/products/categories/{id}", created.Header("Location"));
            Assert.Equal("GET, POST", created.Header("Allow"));
            string escapedOrigin = Origin.Replace("/", "\\/");
            Assert.Equal(
                $"{{\"id\":{id},\"name\":\"RW Cap2 &amp; Co\",\"slug\":\"rw-cap2-co\",\"parent\":0,\"description\":\"\",\"display\":\"default\",\"image\":null,\"menu_order\":0,\"count\":0,"
                + $"\"_links\":{{\"self\":[{{\"href\":\"{escapedOrigin}\\/wp-json\\/wc\\/v3\\/products\\/categories\\/{id}\",\"targetHints\":{{\"allow\":[\"GET\",\"POST\",\"PUT\",\"PATCH\",\"DELETE\"]}}}}],"
                + $"\"collection\":[{{\"href\":\"{escapedOrigin}\\/wp-json\\/wc\\/v3\\/products\\/categories\"}}]}}}}",
                created.Text);
            Assert.Equal(created.Text, (await SendAsync(HttpMethod.Get, $"wp-json/wc/v3/products/categories/{id}")).Text);

            JsonElement renamed = (await SendAsync(HttpMethod.Put, $"wp-json/wc/v3/products/categories/{id}", "{\"name\":\"RW Cap2 Renamed & Co\"}")).Json;
            JsonElement stripped = (await SendAsync(HttpMethod.Put, $"wp-json/wc/v3/products/categories/{id}", "{\"name\":\"RW Cap2 <b>Bold</b> & Co\"}")).Json;

            Assert.Equal(("RW Cap2 Renamed &amp; Co", "rw-cap2-co"), (renamed.GetProperty("name").GetString(), renamed.GetProperty("slug").GetString()));
            Assert.Equal(("RW Cap2 Bold &amp; Co", "rw-cap2-co"), (stripped.GetProperty("name").GetString(), stripped.GetProperty("slug").GetString()));
        }

        [Fact]
        public async Task A_second_term_of_a_name_is_term_exists_unless_it_has_another_parent()
        {
            Answer book = await SendAsync(HttpMethod.Post, "wp-json/wc/v3/products/categories", "{\"name\":\"books\"}");
            Answer garden = await SendAsync(HttpMethod.Post, "wp-json/wc/v3/products/categories", "{\"name\":\"Home & Garden\"}");
            Answer tag = await SendAsync(HttpMethod.Post, "wp-json/wc/v3/products/tags", "{\"name\":\"Sale\"}");
            Answer elsewhere = await SendAsync(HttpMethod.Post, "wp-json/wc/v3/products/categories", $"{{\"name\":\"Books\",\"parent\":{Clothing}}}");

            Assert.Equal(HttpStatusCode.BadRequest, book.Status);
            Assert.Equal($"{{\"code\":\"term_exists\",\"message\":\"A term with the name provided already exists with this parent.\",\"data\":{{\"status\":400,\"resource_id\":{Books}}}}}", book.Text);
            Assert.Equal(19, garden.Json.GetProperty("data").GetProperty("resource_id").GetInt64());
            Assert.Equal($"{{\"code\":\"term_exists\",\"message\":\"A term with the name provided already exists in this taxonomy.\",\"data\":{{\"status\":400,\"resource_id\":{SaleTag}}}}}", tag.Text);
            Assert.Equal(HttpStatusCode.Created, elsewhere.Status);
            // wp_unique_term_slug: the parent's slug is appended to a slug in use.
            Assert.Equal(("books-clothing", Clothing), (elsewhere.Json.GetProperty("slug").GetString(), elsewhere.Json.GetProperty("parent").GetInt64()));
            Assert.Equal($"{Origin}/wp-json/wc/v3/products/categories/{Clothing}", elsewhere.Json.GetProperty("_links").GetProperty("up")[0].GetProperty("href").GetString());
        }

        [Fact]
        public async Task Delete_is_501_without_force_and_with_force_the_term_leaves_its_products()
        {
            long[] booksProducts = await ListedProductIdsAsync($"per_page=100&category={Books}");
            long[] saleProducts = await ListedProductIdsAsync($"per_page=100&tag={SaleTag}");
            int count = (await SendAsync(HttpMethod.Get, $"wp-json/wc/v3/products/categories/{Books}")).Json.GetProperty("count").GetInt32();
            Assert.NotEmpty(booksProducts);
            Assert.NotEmpty(saleProducts);

            Answer unforced = await SendAsync(HttpMethod.Delete, $"wp-json/wc/v3/products/categories/{Books}");
            Answer forced = await SendAsync(HttpMethod.Delete, $"wp-json/wc/v3/products/categories/{Books}?force=true");
            Answer tag = await SendAsync(HttpMethod.Delete, $"wp-json/wc/v3/products/tags/{SaleTag}?force=true");
            Answer gone = await SendAsync(HttpMethod.Get, $"wp-json/wc/v3/products/categories/{Books}");

            Assert.Equal((HttpStatusCode)501, unforced.Status);
            Assert.Equal("{\"code\":\"woocommerce_rest_trash_not_supported\",\"message\":\"Resource does not support trashing.\",\"data\":{\"status\":501}}", unforced.Text);
            Assert.Equal("GET, POST, PUT, PATCH, DELETE", unforced.Header("Allow"));
            Assert.Equal(HttpStatusCode.OK, forced.Status);
            Assert.Equal((Books, "Books", count), (forced.Json.GetProperty("id").GetInt64(), forced.Json.GetProperty("name").GetString(), forced.Json.GetProperty("count").GetInt32()));
            // Capture 57f: the deleted term allows nothing any more, so no Allow header and no targetHints.
            Assert.Null(forced.Header("Allow"));
            Assert.Equal($"[{{\"href\":\"{Origin.Replace("/", "\\/")}\\/wp-json\\/wc\\/v3\\/products\\/categories\\/{Books}\"}}]", forced.Json.GetProperty("_links").GetProperty("self").GetRawText());
            Assert.Equal(HttpStatusCode.OK, tag.Status);
            Assert.Equal(HttpStatusCode.NotFound, gone.Status);
            Assert.Equal("{\"code\":\"woocommerce_rest_term_invalid\",\"message\":\"Resource does not exist.\",\"data\":{\"status\":404}}", gone.Text);
            Assert.Null(gone.Header("Allow"));
            Assert.Empty(await ListedProductIdsAsync($"per_page=100&category={Books}"));
            JsonElement product = (await SendAsync(HttpMethod.Get, $"wp-json/wc/v3/products/{booksProducts[0]}")).Json;
            Assert.Equal("[]", product.GetProperty("categories").GetRawText());
            foreach (long id in saleProducts)
            {
                JsonElement tags = (await SendAsync(HttpMethod.Get, $"wp-json/wc/v3/products/{id}")).Json.GetProperty("tags");
                Assert.DoesNotContain(SaleTag, tags.EnumerateArray().Select(t => t.GetProperty("id").GetInt64()));
            }
            Assert.DoesNotContain(Books, (await SendAsync(HttpMethod.Get, "wp-json/wc/v3/products/categories?per_page=100")).Json.EnumerateArray().Select(c => c.GetProperty("id").GetInt64()));
        }

        [Fact]
        public async Task A_rename_shows_on_every_product_with_the_category_and_keeps_the_slug()
        {
            long[] booksProducts = await ListedProductIdsAsync($"per_page=100&category={Books}");

            JsonElement renamed = (await SendAsync(HttpMethod.Put, $"wp-json/wc/v3/products/categories/{Books}",
                "{\"name\":\"Novels & More\",\"description\":\"Read.\",\"display\":\"both\",\"menu_order\":3}")).Json;

            Assert.Equal(("Novels &amp; More", "books", "Read.", "both", 3),
                (renamed.GetProperty("name").GetString(), renamed.GetProperty("slug").GetString(), renamed.GetProperty("description").GetString(),
                    renamed.GetProperty("display").GetString(), renamed.GetProperty("menu_order").GetInt32()));
            foreach (long id in booksProducts)
            {
                Assert.Equal($"[{{\"id\":{Books},\"name\":\"Novels &amp; More\",\"slug\":\"books\"}}]",
                    (await SendAsync(HttpMethod.Get, $"wp-json/wc/v3/products/{id}")).Json.GetProperty("categories").GetRawText());
            }
        }

        [Fact]
        public async Task A_slug_filter_goes_through_sanitize_title_so_a_name_finds_its_term()
        {
            JsonElement found = (await SendAsync(HttpMethod.Get, "wp-json/wc/v3/products/categories?slug=Home%20%26%20Garden")).Json;
            JsonElement tag = (await SendAsync(HttpMethod.Get, "wp-json/wc/v3/products/tags?slug=%20SALE%20")).Json;

            Assert.Equal(19, Assert.Single(found.EnumerateArray()).GetProperty("id").GetInt64());
            Assert.Equal(SaleTag, Assert.Single(tag.EnumerateArray()).GetProperty("id").GetInt64());
        }

        [Fact]
        public async Task Subcategories_of_a_deleted_category_move_up_to_its_parent()
        {
            long poetry = (await SendAsync(HttpMethod.Post, "wp-json/wc/v3/products/categories", $"{{\"name\":\"Poetry\",\"parent\":{Books}}}")).Json.GetProperty("id").GetInt64();

            await SendAsync(HttpMethod.Delete, $"wp-json/wc/v3/products/categories/{Books}?force=true");

            Assert.Equal(0, (await SendAsync(HttpMethod.Get, $"wp-json/wc/v3/products/categories/{poetry}")).Json.GetProperty("parent").GetInt64());
        }

        [Fact]
        public async Task Tags_are_batch_created_and_deleted_as_captures_58_and_58b()
        {
            Answer created = await SendAsync(HttpMethod.Post, "wp-json/wc/v3/products/tags/batch", "{\"create\":[{\"name\":\"RW-CAP2 one\"},{\"name\":\"RW Cap2 & Two\"}]}");

            Assert.Equal(HttpStatusCode.OK, created.Status);
            Assert.Equal("POST, PUT, PATCH", created.Header("Allow"));
            JsonElement[] tags = created.Json.GetProperty("create").EnumerateArray().ToArray();
            Assert.Equal(new[] { "id", "name", "slug", "description", "count", "_links" }, tags[0].EnumerateObject().Select(field => field.Name));
            Assert.Equal(("RW-CAP2 one", "rw-cap2-one"), (tags[0].GetProperty("name").GetString(), tags[0].GetProperty("slug").GetString()));
            Assert.Equal(("RW Cap2 &amp; Two", "rw-cap2-two"), (tags[1].GetProperty("name").GetString(), tags[1].GetProperty("slug").GetString()));
            long first = tags[0].GetProperty("id").GetInt64();
            long second = tags[1].GetProperty("id").GetInt64();
            Assert.Equal(first + 1, second);

            Answer deleted = await SendAsync(HttpMethod.Post, "wp-json/wc/v3/products/tags/batch", $"{{\"delete\":[{first},{second}]}}");

            JsonElement[] gone = deleted.Json.GetProperty("delete").EnumerateArray().ToArray();
            Assert.Equal(new[] { first, second }, gone.Select(tag => tag.GetProperty("id").GetInt64()));
            Assert.All(gone, tag => Assert.False(tag.GetProperty("_links").GetProperty("self")[0].TryGetProperty("targetHints", out _)));
            Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(HttpMethod.Get, $"wp-json/wc/v3/products/tags/{first}")).Status);
        }

        [Fact]
        public async Task A_batch_item_of_an_unknown_term_fails_as_WordPress_fails_it()
        {
            Answer batch = await SendAsync(HttpMethod.Post, "wp-json/wc/v3/products/categories/batch",
                $"{{\"create\":[{{\"description\":\"no name\"}}],\"update\":[{{\"id\":999999,\"name\":\"x\"}},{{\"id\":{Books},\"name\":\"Tomes\"}}],\"delete\":[999999,15]}}");

            Assert.Equal(HttpStatusCode.OK, batch.Status);
            Assert.Equal("[{\"id\":0,\"error\":{\"code\":\"empty_term_name\",\"message\":\"A name is required for this term.\",\"data\":{\"status\":400}}}]", batch.Json.GetProperty("create").GetRawText());
            JsonElement[] updates = batch.Json.GetProperty("update").EnumerateArray().ToArray();
            Assert.Equal("{\"id\":999999,\"error\":{\"code\":\"invalid_term\",\"message\":\"Empty Term.\",\"data\":null}}", updates[0].GetRawText());
            Assert.Equal("Tomes", updates[1].GetProperty("name").GetString());
            Assert.Equal(
                "[{\"id\":999999,\"error\":{\"code\":\"woocommerce_rest_cannot_delete\",\"message\":\"The resource cannot be deleted.\",\"data\":{\"status\":500}}},"
                + "{\"id\":15,\"error\":{\"code\":\"woocommerce_rest_cannot_delete\",\"message\":\"Default product category cannot be deleted.\",\"data\":{\"status\":500}}}]",
                batch.Json.GetProperty("delete").GetRawText());
        }

        [Fact]
        public async Task A_single_write_checks_the_schema_the_parent_and_the_id()
        {
            Answer noName = await SendAsync(HttpMethod.Post, "wp-json/wc/v3/products/categories", "{\"slug\":\"x\"}");
            Answer badDisplay = await SendAsync(HttpMethod.Post, "wp-json/wc/v3/products/categories", "{\"name\":\"X\",\"display\":\"grid\"}");
            Answer noParent = await SendAsync(HttpMethod.Post, "wp-json/wc/v3/products/categories", "{\"name\":\"X\",\"parent\":999999}");
            Answer tagParent = await SendAsync(HttpMethod.Post, "wp-json/wc/v3/products/tags", "{\"name\":\"X\",\"parent\":22}");
            Answer unknownUpdate = await SendAsync(HttpMethod.Put, "wp-json/wc/v3/products/tags/999999", "{\"name\":\"X\"}");
            Answer unknownDelete = await SendAsync(HttpMethod.Delete, "wp-json/wc/v3/products/categories/23?force=true");
            Answer duplicateSlug = await SendAsync(HttpMethod.Put, $"wp-json/wc/v3/products/categories/{Books}", "{\"slug\":\"clothing\"}");

            Assert.Equal("{\"code\":\"rest_missing_callback_param\",\"message\":\"Missing parameter(s): name\",\"data\":{\"status\":400,\"params\":[\"name\"]}}", noName.Text);
            Assert.Equal("display is not one of default, products, subcategories, and both.", badDisplay.Json.GetProperty("data").GetProperty("params").GetProperty("display").GetString());
            Assert.Equal("{\"code\":\"missing_parent\",\"message\":\"Parent term does not exist.\",\"data\":{\"status\":400}}", noParent.Text);
            Assert.Equal("{\"code\":\"woocommerce_rest_taxonomy_not_hierarchical\",\"message\":\"Can not set resource parent, taxonomy is not hierarchical.\",\"data\":{\"status\":400}}", tagParent.Text);
            Assert.Equal(HttpStatusCode.NotFound, unknownUpdate.Status);
            Assert.Equal("woocommerce_rest_term_invalid", unknownUpdate.Json.GetProperty("code").GetString());
            // 23 is a tag: as unknown to the categories as no term at all.
            Assert.Equal(HttpStatusCode.NotFound, unknownDelete.Status);
            // wp_update_term's own error carries no data: 500.
            Assert.Equal((HttpStatusCode)500, duplicateSlug.Status);
            Assert.Equal("{\"code\":\"duplicate_term_slug\",\"message\":\"The slug &#8220;clothing&#8221; is already in use by another term.\",\"data\":null}", duplicateSlug.Text);
        }
    }
}
