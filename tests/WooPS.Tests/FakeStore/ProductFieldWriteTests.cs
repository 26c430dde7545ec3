using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;

namespace WooPS.Tests.FakeStore
{
    /// <summary>
    /// The fake store's product writes beyond prices and stock, through a raw HttpClient: categories and
    /// tags set by id (listed by name, counted, filtered on), the flags and settings WooCommerce's setters
    /// take (featured, backorders, tax, menu order, purchase note…), in single and batch writes, and the
    /// edit context that shows texts as they were written.
    /// </summary>
    public class ProductFieldWriteTests : FakeStoreTests
    {
        private const long Uncategorized = 15;
        private const long Clothing = 16;
        private const long HomeAndGarden = 19;
        private const long Books = 20;
        private const long SaleTag = 22;
        private const long NewTag = 23;
        private const long GiftTag = 24;

        [Fact]
        public async Task Categories_given_by_id_replace_the_products_are_listed_by_name_and_leaving_none_is_Uncategorized()
        {
            int clothingBefore = await CountAsync("categories", Clothing);

            // The unknown id, a tag's id and an item without an id are skipped.
            Answer created = await SendAsync(HttpMethod.Post, "wp-json/wc/v3/products",
                $"{{\"name\":\"Two Homes\",\"categories\":[{{\"id\":{HomeAndGarden}}},{{\"id\":\"{Clothing}\"}},{{\"id\":999}},{{\"id\":{SaleTag}}},{{\"slug\":\"books\"}}]}}");
            long id = created.Json.GetProperty("id").GetInt64();

            Assert.Equal(
                $"[{{\"id\":{Clothing},\"name\":\"Clothing\",\"slug\":\"clothing\"}},{{\"id\":{HomeAndGarden},\"name\":\"Home &amp; Garden\",\"slug\":\"home-garden\"}}]",
                created.Json.GetProperty("categories").GetRawText());
            Assert.Equal(created.Json.GetProperty("categories").GetRawText(), (await ProductAsync(id)).GetProperty("categories").GetRawText());
            Assert.Contains(id, await ListedProductIdsAsync($"category={Clothing}&per_page=100"));
            Assert.Contains(id, await ListedProductIdsAsync($"category={HomeAndGarden}&per_page=100"));
            Assert.Equal(clothingBefore + 1, await CountAsync("categories", Clothing));

            JsonElement replaced = (await SendAsync(HttpMethod.Put, $"wp-json/wc/v3/products/{id}", $"{{\"categories\":[{{\"id\":{Books}}}]}}")).Json;

            Assert.Equal(new[] { Books }, CategoryIds(replaced));
            Assert.DoesNotContain(id, await ListedProductIdsAsync($"category={Clothing}&per_page=100"));
            Assert.Contains(id, await ListedProductIdsAsync($"category={Books}&per_page=100"));
            Assert.Equal(clothingBefore, await CountAsync("categories", Clothing));

            JsonElement emptied = (await SendAsync(HttpMethod.Put, $"wp-json/wc/v3/products/{id}", "{\"categories\":[]}")).Json;

            Assert.Equal(new[] { Uncategorized }, CategoryIds(emptied));
            Assert.Equal(new[] { Uncategorized }, CategoryIds(await ProductAsync(id)));
            Assert.Contains(id, await ListedProductIdsAsync($"category={Uncategorized}"));
        }

        [Fact]
        public async Task Ids_that_are_all_unknown_leave_a_product_without_categories_and_an_empty_list_then_changes_nothing()
        {
            long id = await CreateProductAsync("{\"name\":\"Nowhere\",\"categories\":[{\"id\":999}]}");

            JsonElement none = await ProductAsync(id);
            // set_category_ids records no change for [] where there are none, so no default is given.
            JsonElement still = (await SendAsync(HttpMethod.Post, "wp-json/wc/v3/products/batch", $"{{\"update\":[{{\"id\":{id},\"categories\":[]}}]}}")).Json.GetProperty("update")[0];

            Assert.Equal("[]", none.GetProperty("categories").GetRawText());
            Assert.Equal("[]", still.GetProperty("categories").GetRawText());
        }

        [Fact]
        public async Task Tags_given_by_id_replace_the_products_are_listed_by_name_counted_and_filtered_on_and_an_empty_list_removes_them()
        {
            int saleBefore = await CountAsync("tags", SaleTag);
            long id = await CreateProductAsync($"{{\"name\":\"Tagged\",\"tags\":[{{\"id\":{SaleTag}}},{{\"id\":{NewTag}}},{{\"id\":{Clothing}}}]}}");

            JsonElement created = await ProductAsync(id);

            Assert.Equal(
                $"[{{\"id\":{NewTag},\"name\":\"new\",\"slug\":\"new\"}},{{\"id\":{SaleTag},\"name\":\"sale\",\"slug\":\"sale\"}}]",
                created.GetProperty("tags").GetRawText());
            Assert.Equal(new[] { Uncategorized }, CategoryIds(created));
            Assert.Contains(id, await ListedProductIdsAsync($"tag={SaleTag}&per_page=100"));
            Assert.Equal(saleBefore + 1, await CountAsync("tags", SaleTag));

            JsonElement replaced = (await SendAsync(HttpMethod.Post, "wp-json/wc/v3/products/batch", $"{{\"update\":[{{\"id\":{id},\"tags\":[{{\"id\":{GiftTag}}}]}}]}}")).Json.GetProperty("update")[0];

            Assert.Equal($"[{{\"id\":{GiftTag},\"name\":\"gift\",\"slug\":\"gift\"}}]", replaced.GetProperty("tags").GetRawText());
            Assert.DoesNotContain(id, await ListedProductIdsAsync($"tag={SaleTag}&per_page=100"));
            Assert.Contains(id, await ListedProductIdsAsync($"tag={GiftTag}&per_page=100"));
            Assert.Equal(saleBefore, await CountAsync("tags", SaleTag));

            JsonElement emptied = (await SendAsync(HttpMethod.Put, $"wp-json/wc/v3/products/{id}", "{\"tags\":[]}")).Json;

            Assert.Equal("[]", emptied.GetProperty("tags").GetRawText());
            Assert.DoesNotContain(id, await ListedProductIdsAsync($"tag={GiftTag}&per_page=100"));
            Assert.Equal(new[] { Uncategorized }, CategoryIds(emptied));
        }

        [Fact]
        public async Task Featured_and_backorders_round_trip_in_a_single_write_and_backorders_need_managed_stock()
        {
            long id = await CreateProductAsync("{\"name\":\"Backordered\",\"regular_price\":\"5.00\"}");

            JsonElement put = (await SendAsync(HttpMethod.Put, $"wp-json/wc/v3/products/{id}",
                "{\"featured\":true,\"manage_stock\":true,\"stock_quantity\":0,\"backorders\":\"notify\"}")).Json;
            JsonElement read = await ProductAsync(id);
            JsonElement unmanaged = (await SendAsync(HttpMethod.Put, $"wp-json/wc/v3/products/{id}", "{\"manage_stock\":false,\"backorders\":\"yes\"}")).Json;

            foreach (JsonElement product in new[] { put, read })
            {
                Assert.True(product.GetProperty("featured").GetBoolean());
                Assert.Equal(("notify", true, "onbackorder"),
                    (product.GetProperty("backorders").GetString(), product.GetProperty("backorders_allowed").GetBoolean(), product.GetProperty("stock_status").GetString()));
                Assert.True(product.GetProperty("backordered").GetBoolean());
            }
            Assert.Contains(id, await ListedProductIdsAsync("featured=true&per_page=100"));
            // validate_props sets backorders back to "no" when stock is not managed.
            Assert.Equal(("no", false, JsonValueKind.Null), (unmanaged.GetProperty("backorders").GetString(), unmanaged.GetProperty("backorders_allowed").GetBoolean(), unmanaged.GetProperty("stock_quantity").ValueKind));
        }

        [Fact]
        public async Task A_batch_item_takes_what_the_setters_take_and_fails_alone_on_an_unknown_tax_status()
        {
            long id = await CreateProductAsync("{\"name\":\"Batched\",\"regular_price\":\"5.00\"}");
            string fingerprint = Store.CatalogFingerprint();

            Answer single = await SendAsync(HttpMethod.Put, $"wp-json/wc/v3/products/{id}", "{\"backorders\":\"bogus\",\"featured\":\"yes\"}");
            Assert.Equal(HttpStatusCode.BadRequest, single.Status);
            Assert.Equal("Invalid parameter(s): featured, backorders", single.Json.GetProperty("message").GetString());
            Assert.Equal(fingerprint, Store.CatalogFingerprint());

            Answer batch = await SendAsync(HttpMethod.Post, "wp-json/wc/v3/products/batch",
                $"{{\"update\":[{{\"id\":{id},\"featured\":\"yes\",\"manage_stock\":\"yes\",\"stock_quantity\":0,\"backorders\":\"bogus\"}},{{\"id\":{id},\"tax_status\":\"bogus\"}}]}}");

            JsonElement[] items = batch.Json.GetProperty("update").EnumerateArray().ToArray();
            // wc_string_to_bool takes "yes"; set_backorders stores anything, which allows no backorders but is not "no".
            Assert.True(items[0].GetProperty("featured").GetBoolean());
            Assert.Equal(("bogus", false, "onbackorder"),
                (items[0].GetProperty("backorders").GetString(), items[0].GetProperty("backorders_allowed").GetBoolean(), items[0].GetProperty("stock_status").GetString()));
            Assert.Equal($"{{\"id\":{id},\"error\":{{\"code\":\"product_invalid_tax_status\",\"message\":\"Invalid product tax status.\",\"data\":{{\"status\":400}}}}}}", items[1].GetRawText());
            Assert.Equal("bogus", (await ProductAsync(id)).GetProperty("backorders").GetString());
        }

        [Fact]
        public async Task Tax_menu_order_purchase_note_reviews_and_the_virtual_and_downloadable_flags_are_kept_and_answered()
        {
            long id = await CreateProductAsync("{\"name\":\"Settings\",\"regular_price\":\"5.00\",\"weight\":\"1.5\",\"dimensions\":{\"length\":\"3\",\"width\":\"2\",\"height\":\"1\"}}");

            JsonElement written = (await SendAsync(HttpMethod.Put, $"wp-json/wc/v3/products/{id}",
                "{\"tax_status\":\"shipping\",\"tax_class\":\"Reduced Rate\",\"menu_order\":3,\"purchase_note\":\"Thank\\\\s you\",\"reviews_allowed\":false,"
                + "\"sold_individually\":true,\"virtual\":true,\"downloadable\":true}")).Json;
            JsonElement viewed = await ProductAsync(id);
            JsonElement standard = (await SendAsync(HttpMethod.Post, "wp-json/wc/v3/products/batch", $"{{\"update\":[{{\"id\":{id},\"tax_class\":\"standard\",\"menu_order\":\"7abc\"}}]}}")).Json.GetProperty("update")[0];

            foreach (JsonElement product in new[] { written, viewed })
            {
                Assert.Equal(("shipping", "reduced-rate", 3), (product.GetProperty("tax_status").GetString(), product.GetProperty("tax_class").GetString(), product.GetProperty("menu_order").GetInt32()));
                Assert.Equal((false, true), (product.GetProperty("reviews_allowed").GetBoolean(), product.GetProperty("sold_individually").GetBoolean()));
                Assert.Equal((true, true, false, false), (product.GetProperty("virtual").GetBoolean(), product.GetProperty("downloadable").GetBoolean(),
                    product.GetProperty("shipping_required").GetBoolean(), product.GetProperty("shipping_taxable").GetBoolean()));
                // A virtual product ships nothing: its weight and dimensions went.
                Assert.Equal(("", "{\"length\":\"\",\"width\":\"\",\"height\":\"\"}"), (product.GetProperty("weight").GetString(), product.GetProperty("dimensions").GetRawText()));
            }
            // wp_unslash took the backslash; the view context formats the note as it does a description.
            Assert.Equal("Thanks you", written.GetProperty("purchase_note").GetString());
            Assert.Equal("<p>Thanks you</p>\n", viewed.GetProperty("purchase_note").GetString());
            Assert.Equal(("", 7), (standard.GetProperty("tax_class").GetString(), standard.GetProperty("menu_order").GetInt32()));
        }

        [Fact]
        public async Task A_variation_takes_backorders_its_tax_class_menu_order_and_flags_and_shows_its_products_tax_status()
        {
            (long productId, long variationId) = await VariationAsync();
            string path = $"wp-json/wc/v3/products/{productId}/variations/{variationId}";
            await SendAsync(HttpMethod.Put, $"wp-json/wc/v3/products/{productId}", "{\"tax_status\":\"none\",\"tax_class\":\"zero-rate\"}");

            JsonElement inherited = (await SendAsync(HttpMethod.Get, path)).Json;
            JsonElement asStored = (await SendAsync(HttpMethod.Get, path + "?context=edit")).Json;
            JsonElement written = (await SendAsync(HttpMethod.Post, $"wp-json/wc/v3/products/{productId}/variations/batch",
                $"{{\"update\":[{{\"id\":{variationId},\"manage_stock\":true,\"stock_quantity\":0,\"backorders\":\"yes\",\"tax_class\":\"Reduced Rate\","
                + "\"tax_status\":\"taxable\",\"menu_order\":4,\"virtual\":true,\"downloadable\":true}]}")).Json.GetProperty("update")[0];
            JsonElement zeroIgnored = (await SendAsync(HttpMethod.Put, path, "{\"menu_order\":0}")).Json;

            Assert.Equal(("none", "zero-rate"), (inherited.GetProperty("tax_status").GetString(), inherited.GetProperty("tax_class").GetString()));
            Assert.Equal("parent", asStored.GetProperty("tax_class").GetString());
            Assert.Equal(("yes", true, "onbackorder"), (written.GetProperty("backorders").GetString(), written.GetProperty("backorders_allowed").GetBoolean(), written.GetProperty("stock_status").GetString()));
            Assert.Equal(("reduced-rate", "none", 4), (written.GetProperty("tax_class").GetString(), written.GetProperty("tax_status").GetString(), written.GetProperty("menu_order").GetInt32()));
            Assert.Equal((true, true, ""), (written.GetProperty("virtual").GetBoolean(), written.GetProperty("downloadable").GetBoolean(), written.GetProperty("weight").GetString()));
            // "if ( $request['menu_order'] )": a variation's 0 changes nothing.
            Assert.Equal(4, zeroIgnored.GetProperty("menu_order").GetInt32());
        }

        [Fact]
        public async Task The_edit_context_shows_texts_as_written_the_view_context_formatted_in_lists_items_and_write_answers()
        {
            Answer created = await SendAsync(HttpMethod.Post, "wp-json/wc/v3/products", "{\"name\":\"Hello World\",\"description\":\"Hello\",\"short_description\":\"Short\"}");
            long id = created.Json.GetProperty("id").GetInt64();
            string item = $"wp-json/wc/v3/products/{id}";
            string list = $"wp-json/wc/v3/products?include={id}";

            // Asked in turn, so that each context is answered from the store's JSON cache after the other.
            JsonElement view = (await SendAsync(HttpMethod.Get, item)).Json;
            JsonElement edit = (await SendAsync(HttpMethod.Get, item + "?context=edit")).Json;
            JsonElement viewAgain = (await SendAsync(HttpMethod.Get, item + "?context=view")).Json;
            JsonElement listedEdit = (await SendAsync(HttpMethod.Get, list + "&context=edit")).Json[0];
            JsonElement listedView = (await SendAsync(HttpMethod.Get, list)).Json[0];
            JsonElement batched = (await SendAsync(HttpMethod.Post, "wp-json/wc/v3/products/batch", $"{{\"update\":[{{\"id\":{id},\"regular_price\":\"2.00\"}}]}}")).Json.GetProperty("update")[0];

            foreach (JsonElement asWritten in new[] { created.Json, edit, listedEdit, batched })
            {
                Assert.Equal(("Hello", "Short", "Hello World"), (asWritten.GetProperty("description").GetString(), asWritten.GetProperty("short_description").GetString(), asWritten.GetProperty("name").GetString()));
                Assert.Equal("0", asWritten.GetProperty("average_rating").GetString());
                Assert.True(asWritten.TryGetProperty("permalink_template", out _));
            }
            foreach (JsonElement formatted in new[] { view, viewAgain, listedView })
            {
                Assert.Equal(("<p>Hello</p>\n", "<p>Short</p>\n", "Hello World"), (formatted.GetProperty("description").GetString(), formatted.GetProperty("short_description").GetString(), formatted.GetProperty("name").GetString()));
                Assert.False(formatted.TryGetProperty("permalink_template", out _));
            }
            Assert.Equal(view.GetProperty("price").GetString(), edit.GetProperty("price").GetString());
        }

        [Fact]
        public async Task A_variations_description_is_formatted_in_both_contexts_as_WooCommerce_formats_it()
        {
            (long productId, long variationId) = await VariationAsync();
            string path = $"wp-json/wc/v3/products/{productId}/variations";

            JsonElement written = (await SendAsync(HttpMethod.Put, $"{path}/{variationId}", "{\"description\":\"Hi\"}")).Json;
            JsonElement edit = (await SendAsync(HttpMethod.Get, $"{path}/{variationId}?context=edit")).Json;
            JsonElement listed = (await SendAsync(HttpMethod.Get, $"{path}?context=edit&include={variationId}")).Json[0];

            Assert.All(new[] { written, edit, listed }, variation => Assert.Equal("<p>Hi</p>\n", variation.GetProperty("description").GetString()));
            Assert.Equal("parent", listed.GetProperty("tax_class").GetString());
        }

        [Fact]
        public async Task An_unknown_context_is_400_rest_invalid_param_on_every_product_and_variation_read_before_the_id_is_looked_up()
        {
            (long productId, long variationId) = await VariationAsync();
            const string Expected = "{\"code\":\"rest_invalid_param\",\"message\":\"Invalid parameter(s): context\",\"data\":{\"status\":400,"
                + "\"params\":{\"context\":\"context is not one of view and edit.\"},\"details\":{\"context\":{\"code\":\"rest_not_in_enum\",\"message\":\"context is not one of view and edit.\",\"data\":null}}}}";

            foreach (string target in new[]
            {
                "wp-json/wc/v3/products?context=embed",
                $"wp-json/wc/v3/products/{productId}?context=Edit",
                "wp-json/wc/v3/products/999999?context=",
                $"wp-json/wc/v3/products/{productId}/variations?context=embed",
                $"wp-json/wc/v3/products/{productId}/variations/{variationId}?context=embed",
            })
            {
                Answer answer = await SendAsync(HttpMethod.Get, target);
                Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
                Assert.Equal(Expected, answer.Text);
            }
            // WordPress lists the parameters in the order the route registers them: context comes first.
            Assert.Equal("Invalid parameter(s): context, page", (await SendAsync(HttpMethod.Get, "wp-json/wc/v3/products?page=0&context=x")).Json.GetProperty("message").GetString());
        }

        private async Task<JsonElement> ProductAsync(long id) => (await SendAsync(HttpMethod.Get, $"wp-json/wc/v3/products/{id}")).Json;

        private async Task<int> CountAsync(string taxonomy, long termId) =>
            (await SendAsync(HttpMethod.Get, $"wp-json/wc/v3/products/{taxonomy}/{termId}")).Json.GetProperty("count").GetInt32();

        private static long[] CategoryIds(JsonElement product) =>
            product.GetProperty("categories").EnumerateArray().Select(category => category.GetProperty("id").GetInt64()).ToArray();

        /// <summary>The first variable product and its first variation.</summary>
        private async Task<(long ProductId, long VariationId)> VariationAsync()
        {
            JsonElement product = (await SendAsync(HttpMethod.Get, "wp-json/wc/v3/products?type=variable&orderby=id&order=asc&per_page=1")).Json[0];
            return (product.GetProperty("id").GetInt64(), product.GetProperty("variations")[0].GetInt64());
        }
    }
}
