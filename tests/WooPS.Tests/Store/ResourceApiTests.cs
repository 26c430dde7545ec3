using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using WooPS.Core;
using WooPS.Core.Json;
using WooPS.Core.Resources;
using WooPS.Core.Resources.Catalog;
using WooPS.Core.Resources.Lookups;
using WooPS.Tests.Support;

namespace WooPS.Tests.Store
{
    /// <summary>The generic operations over any resource, and the lookups beside them, against the fake store.</summary>
    public class ResourceApiTests : StoreTests
    {
        public ResourceApiTests()
            : base(products: 250)
        {
        }

        private static List<KeyValuePair<string, object?>> Fields(params (string Name, object? Value)[] fields) =>
            fields.Select(f => new KeyValuePair<string, object?>(f.Name, f.Value)).ToList();

        [Fact]
        public async Task Creates_updates_trashes_and_deletes_a_product()
        {
            using WooSession session = await ConnectAsync(Store.HttpsUrl, Store.Keys.ReadWrite);
            ResourceApi api = session.Resources;

            WooRecord created = await api.CreateAsync(WooResource.Products, Fields(("name", "Model Tee"), ("regular_price", 19.9m), ("sku", "MODEL-TEE")), Log, default);
            long id = created.Id!.Value;
            WooRecord updated = await api.UpdateAsync(WooResource.Products, id, Fields(("regular_price", 24.5m), ("sale_price", 20m)), Log, default);
            WooRecord cleared = await api.UpdateAsync(WooResource.Products, id, Fields(("sale_price", null)), Log, default);
            WooRecord trashed = await api.DeleteAsync(WooResource.Products, id, force: false, Log, default);
            var again = await Assert.ThrowsAsync<WooApiException>(() => api.DeleteAsync(WooResource.Products, id, force: false, Log, default));
            WooRecord stillThere = await api.GetAsync(WooResource.Products, id, Log, default);
            await api.DeleteAsync(WooResource.Products, id, force: true, Log, default);
            var gone = await Assert.ThrowsAsync<WooApiException>(() => api.GetAsync(WooResource.Products, id, Log, default));

            Assert.Equal(19.9m, created["regular_price"]);
            Assert.Equal(20m, updated["sale_price"]);
            Assert.Equal(true, updated["on_sale"]);
            Assert.Null(cleared["sale_price"]);
            Assert.Equal(24.5m, cleared["price"]);
            Assert.Equal(id, trashed.Id);
            Assert.Equal("woocommerce_rest_already_trashed", again.Code);
            Assert.Equal(410, again.StatusCode);
            Assert.True(again.IsAboutOneItem);
            Assert.Equal(id, again.Target);
            Assert.Equal("trash", stillThere["status"]);
            Assert.Equal(404, gone.StatusCode);
            Assert.Equal(id, gone.Target);
        }

        [Fact]
        public async Task A_batch_gives_each_item_its_outcome_in_the_order_asked()
        {
            using WooSession session = await ConnectAsync(Store.HttpsUrl, Store.Keys.ReadWrite);
            long existing = (await session.Resources.GetAsync(WooResource.Products, 10, Log, default)).Id!.Value;
            var batch = new BatchRequest();
            batch.Create.Add(Fields(("name", "Batch A"), ("regular_price", 5m)));
            batch.Create.Add(Fields(("name", "Batch B"), ("sku", (string)(await session.Resources.GetAsync(WooResource.Products, 11, Log, default))["sku"]!)));
            batch.Update.Add(Fields(("id", existing), ("stock_status", "outofstock")));
            batch.Delete.Add(999999);

            BatchResult result = await session.Resources.BatchAsync(WooResource.Products, batch, Log, default);

            Assert.Equal("Batch A", result.Created[0].Item!["name"]);
            Assert.Equal("product_invalid_sku", result.Created[1].Failure!.Code);
            Assert.Equal("outofstock", result.Updated[0].Item!["stock_status"]);
            Assert.Equal("woocommerce_rest_product_invalid_id", result.Deleted[0].Failure!.Code);
            Assert.Equal(999999L, result.Deleted[0].Failure!.Target);
            Assert.True(result.Deleted[0].Failure!.IsAboutOneItem);
        }

        [Fact]
        public async Task A_batch_of_more_than_100_items_is_refused_before_anything_is_sent()
        {
            using WooSession session = await ConnectAsync(Store.HttpsUrl, Store.Keys.ReadWrite);
            Store.ClearRequests();
            var batch = new BatchRequest();
            batch.Delete.AddRange(Enumerable.Range(1, 101).Select(i => (long)i));

            await Assert.ThrowsAsync<ArgumentException>(() => session.Resources.BatchAsync(WooResource.Products, batch, Log, default));

            Assert.Empty(Store.Requests);
        }

        [Theory]
        [InlineData("update", 2)]
        [InlineData("create", 1)]
        [InlineData("delete", 1)]
        public async Task A_batch_is_sent_again_after_a_busy_answer_only_when_it_only_updates(string section, int sent)
        {
            var network = new StubHandler((request, n) => n == 1 ? StubHandler.Json(HttpStatusCode.OK, "[]")
                : n == 2 ? StubHandler.Json(HttpStatusCode.ServiceUnavailable, "{}")
                : StubHandler.Json(HttpStatusCode.OK, $"{{\"{section}\":[{{\"id\":1}}]}}"));
            var options = Options(new Uri("https://shop.example"), CredentialOf(Store.Keys.ReadWrite), primaryHandler: () => network);
            using WooSession session = await WooSession.ConnectAsync(options, Log, default);
            var batch = new BatchRequest();
            switch (section)
            {
                case "update": batch.Update.Add(Fields(("id", 1L))); break;
                case "create": batch.Create.Add(Fields(("name", "x"))); break;
                default: batch.Delete.Add(1); break;
            }

            Task<BatchResult> sending = session.Resources.BatchAsync(WooResource.Products, batch, Log, default);
            if (section != "update")
            {
                var refused = await Assert.ThrowsAsync<WooApiException>(() => sending);
                Assert.Equal(503, refused.StatusCode);
            }
            else
            {
                await sending;
            }

            Assert.Equal(sent, network.Requests.Count(uri => uri.AbsolutePath.EndsWith("/batch", StringComparison.Ordinal)));
        }

        [Fact]
        public async Task Looks_up_150_ids_in_two_requests_in_the_order_asked_with_an_error_for_the_unknown()
        {
            using WooSession session = await ConnectAsync(Store.HttpsUrl, Store.Keys.ReadWrite);
            List<WooRecord> all = await ListAllAsync(session);
            List<long> ids = all.Take(150).Select(p => p.Id!.Value).Reverse().ToList();
            ids.Insert(7, 999999);
            Store.ClearRequests();

            IReadOnlyList<FoundItem> found = await session.Resources.Items.FindAsync(ids.Select(id => ItemKey.ById(WooResource.Products, id)).ToList(), Log, default);

            Assert.Equal(ids, found.Select(f => (long)f.Key.Target));
            Assert.Equal(ids.Where(id => id != 999999), found.Where(f => f.Item != null).Select(f => f.Item!.Id!.Value));
            FoundItem unknown = found[7];
            Assert.Equal("woocommerce_rest_product_invalid_id", unknown.Failure!.Code);
            Assert.Equal(999999L, unknown.Failure.Target);
            Assert.Equal(2, Store.Requests.Count(r => r.PathAndQuery.Contains("include=")));
            Assert.Equal(3, Store.Requests.Count);
        }

        [Fact]
        public async Task Looks_up_skus_of_products_and_variations_and_names_the_unknown_one()
        {
            using WooSession session = await ConnectAsync(Store.HttpsUrl, Store.Keys.ReadWrite);
            List<WooRecord> all = await ListAllAsync(session);
            WooRecord variable = all.First(p => (string?)p["type"] == "variable");
            WooRecord variation = await session.Resources.GetAsync(WooResource.Variations.Of(variable.Id!.Value), (long)((object?[])variable["variations"]!)[0]!, Log, default);
            string[] skus = { (string)all[3]["sku"]!, (string)variation["sku"]!, "NO-SUCH-SKU", ((string)all[5]["sku"]!).ToLowerInvariant() };
            Store.ClearRequests();

            IReadOnlyList<FoundItem> found = await session.Resources.Items.FindAsync(skus.Select(sku => ItemKey.ByKey(WooResource.Products, sku)).ToList(), Log, default);

            Assert.Equal(all[3].Id, found[0].Item!.Id);
            Assert.Equal(variation.Id, found[1].Item!.Id);
            Assert.Equal("WooPS.ProductVariation", WooResource.Products.TypeNameOf(found[1].Item!));
            Assert.Equal(WooErrorCodes.SkuNotFound.Code, found[2].Failure!.Code);
            Assert.Equal("NO-SUCH-SKU", found[2].Failure!.Target);
            Assert.Single(Store.Requests);
        }

        [Fact]
        public async Task A_trashed_product_left_out_of_the_list_is_still_found_by_id()
        {
            using WooSession session = await ConnectAsync(Store.HttpsUrl, Store.Keys.ReadWrite);
            await session.Resources.DeleteAsync(WooResource.Products, 12, force: false, Log, default);

            IReadOnlyList<FoundItem> found = await session.Resources.Items.FindAsync(new[] { ItemKey.ById(WooResource.Products, 12), ItemKey.ById(WooResource.Products, 13) }, Log, default);

            Assert.Equal("trash", found[0].Item!["status"]);
            Assert.Equal(13L, found[1].Item!.Id);
        }

        [Fact]
        public async Task Finds_a_term_by_its_decoded_name_by_slug_and_by_id_and_says_when_there_is_none()
        {
            using WooSession session = await ConnectAsync(Store.HttpsUrl, Store.Keys.ReadWrite);
            TermLookup terms = session.Resources.Terms;

            Assert.Equal(19, await terms.FindIdAsync(WooResource.Categories, "Home & Garden", Log, default));
            Assert.Equal(19, await terms.FindIdAsync(WooResource.Categories, "home & garden", Log, default));
            Assert.Equal(16, await terms.FindIdAsync(WooResource.Categories, "clothing", Log, default));
            Assert.Equal(42, await terms.FindIdAsync(WooResource.Categories, "42", Log, default));
            var missing = await Assert.ThrowsAsync<WooApiException>(() => terms.FindIdAsync(WooResource.Tags, "No Such Tag", Log, default));
            Assert.Equal(WooErrorCodes.TermNotFound.Code, missing.Code);
            Assert.Equal("WooPS.ProductTag", missing.Data["TypeName"]);
            foreach (string nothing in new[] { " ", "0", "-3" })
            {
                var refused = await Assert.ThrowsAsync<WooApiException>(() => terms.FindIdAsync(WooResource.Categories, nothing, Log, default));
                Assert.Equal(WooErrorCodes.WrongInput.Code, refused.Code);
            }
        }

        [Fact]
        public async Task A_term_search_with_an_ampersand_finds_the_term_as_WordPress_stores_it()
        {
            using WooSession session = await ConnectAsync(Store.HttpsUrl, Store.Keys.ReadWrite);

            List<WooRecord> found = await ListAllAsync(session, WooResource.Categories, new TermQuery { Search = "Home & Garden" });

            Assert.Equal(new long?[] { 19 }, found.Select(c => c.Id));
        }

        [Fact]
        public async Task Term_names_come_out_decoded_in_terms_and_in_products()
        {
            using WooSession session = await ConnectAsync(Store.HttpsUrl, Store.Keys.ReadWrite);

            List<WooRecord> categories = await ListAllAsync(session, WooResource.Categories, new TermQuery());
            List<WooRecord> products = await ListAllAsync(session, new ProductQuery { Category = 19 });

            Assert.Contains(categories, c => (string?)c["name"] == "Home & Garden");
            Assert.DoesNotContain(categories, c => ((string)c["name"]!).Contains("&amp;"));
            Assert.All(products, p => Assert.Contains("Home & Garden", ((object?[])p["categories"]!).Cast<WooRecord>().Select(c => (string?)c["name"])));
        }

        [Fact]
        public async Task The_variations_of_a_product_that_does_not_exist_are_an_error_about_it_and_of_a_simple_product_none()
        {
            using WooSession session = await ConnectAsync(Store.HttpsUrl, Store.Keys.ReadWrite);
            WooRecord simple = (await ListAllAsync(session)).First(p => (string?)p["type"] == "simple");

            var missing = await Assert.ThrowsAsync<WooApiException>(() => ListAllAsync(session, WooResource.Variations.Of(99999), new ProductQuery()));
            List<WooRecord> none = await ListAllAsync(session, WooResource.Variations.Of(simple.Id!.Value), new ProductQuery());

            Assert.Equal(404, missing.StatusCode);
            Assert.Equal(99999L, missing.Target);
            Assert.Contains("No product with id 99999", missing.Message);
            Assert.True(missing.IsAboutOneItem);
            Assert.Empty(none);
        }

        [Fact]
        public async Task The_terms_of_an_attribute_that_does_not_exist_are_an_error_about_it_listed_or_looked_up()
        {
            using WooSession session = await ConnectAsync(Store.HttpsUrl, Store.Keys.ReadWrite);

            var listed = await Assert.ThrowsAsync<WooApiException>(() => ListAllAsync(session, WooResource.AttributeTerms.Of(99), new TermQuery()));
            IReadOnlyList<FoundItem> found = await session.Resources.Items.FindAsync(new[] { ItemKey.ById(WooResource.AttributeTerms.Of(99), 31) }, Log, default);

            Assert.Equal(99L, listed.Target);
            Assert.StartsWith("No product attribute with id 99", listed.Message);
            Assert.True(listed.IsAboutOneItem);
            Assert.Equal(404, found[0].Failure!.StatusCode);
            Assert.Equal(31L, found[0].Failure!.Target);
        }

        [Fact]
        public async Task A_variation_asked_for_as_a_product_answers_as_itself_with_its_parent()
        {
            using WooSession session = await ConnectAsync(Store.HttpsUrl, Store.Keys.ReadWrite);
            WooRecord variable = (await ListAllAsync(session)).First(p => (string?)p["type"] == "variable");
            long variationId = (long)((object?[])variable["variations"]!)[0]!;

            IReadOnlyList<FoundItem> found = await session.Resources.Items.FindAsync(new[] { ItemKey.ById(WooResource.Products, variationId) }, Log, default);

            Assert.Equal("variation", found[0].Item!["type"]);
            Assert.Equal(variable.Id, found[0].Item!["parent_id"]);
        }
    }
}
