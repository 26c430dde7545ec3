using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using WooPS.Core;
using WooPS.Core.Json;
using WooPS.Core.Resources;
using WooPS.Core.Resources.Catalog;
using WooPS.Core.Resources.Writes;
using WooPS.FakeStore;
using WooPS.Tests.Support;

namespace WooPS.Tests.Writes
{
    /// <summary>Many rows written through a <see cref="WriteRun"/>: found, checked, compared, batched, one outcome each.</summary>
    public class WriteRunTests : StoreTests
    {
        public WriteRunTests()
            : base(products: 250)
        {
        }

        private static WriteRow Update(WooResource collection, long? id = null, string? sku = null, params (string Name, object? Value)[] fields)
        {
            var row = new WriteRow(WriteAction.Update, collection, "row " + (id?.ToString() ?? sku)) { Id = id, Key = sku };
            foreach ((string name, object? value) in fields)
            {
                row.Set(name, value);
            }

            return row;
        }

        private static WriteRow Create(object input, params (string Name, object? Value)[] fields)
        {
            var row = new WriteRow(WriteAction.Create, WooResource.Products, input);
            foreach ((string name, object? value) in fields)
            {
                row.Set(name, value);
            }

            return row;
        }

        private static async Task<IReadOnlyList<WriteRow>> WriteAsync(WooSession session, IReadOnlyList<WriteRow> rows, bool onlyChanges = false, int batchSize = 100, RecordingLog? log = null) =>
            (await WriteRunner.RunAsync(session, rows, log ?? new RecordingLog(), new WriteRunSettings { OnlyChanges = onlyChanges, BatchSize = batchSize })).Rows;

        private IEnumerable<RecordedRequest> Batches(string route = "/products/batch") =>
            Store.Requests.Where(r => r.Method == "POST" && r.PathAndQuery.EndsWith(route, StringComparison.Ordinal));

        [Fact]
        public async Task Rows_by_sku_and_id_go_in_batches_of_100_and_each_gets_its_outcome_in_input_order()
        {
            using WooSession session = await ConnectAsync(Store.HttpsUrl, Store.Keys.ReadWrite);
            List<WooRecord> all = await ListAllAsync(session);
            List<WooRecord> simple = all.Where(p => (string?)p["type"] == "simple").Take(150).ToList();
            WooRecord variable = all.First(p => (string?)p["type"] == "variable");
            WooRecord variation = await session.Resources.GetAsync(WooResource.Variations.Of(variable.Id!.Value), (long)((object?[])variable["variations"]!)[0]!, Log, default);
            var rows = simple.Select((p, i) => i % 2 == 0
                    ? Update(WooResource.Products, sku: (string)p["sku"]!, fields: new (string, object?)[] { ("manage_stock", true), ("stock_quantity", 1000 + i) })
                    : Update(WooResource.Products, id: p.Id, fields: new (string, object?)[] { ("manage_stock", true), ("stock_quantity", 1000 + i) }))
                .ToList();
            rows.Insert(3, Update(WooResource.Products, sku: "NO-SUCH-SKU", fields: ("stock_quantity", 1)));
            rows.Insert(10, Update(WooResource.Products, id: 999999, fields: ("stock_quantity", 1)));
            rows.Insert(20, Update(WooResource.Products, sku: (string)simple[0]["sku"]!, fields: ("stock_quantity", "abc")));
            rows.Insert(30, Update(WooResource.Products, sku: (string)variation["sku"]!, fields: ("regular_price", 77.25m)));
            Store.ClearRequests();

            IReadOnlyList<WriteRow> outcomes = await WriteAsync(session, rows);

            Assert.Equal(rows, outcomes);
            Assert.Equal(WooErrorCodes.SkuNotFound.Code, outcomes[3].Failure!.Code);
            Assert.Equal("row NO-SUCH-SKU", outcomes[3].Failure!.Target);
            Assert.Equal("woocommerce_rest_product_invalid_id", outcomes[10].Failure!.Code);
            Assert.StartsWith("product 999999: ", outcomes[10].Failure!.Message);
            Assert.Equal(WooErrorCodes.WrongInput.Code, outcomes[20].Failure!.Code);
            Assert.Contains("stock_quantity is a whole number, not 'abc'", outcomes[20].Failure!.Message);
            Assert.Equal(77.25m, outcomes[30].Item!["regular_price"]);
            Assert.Equal(variable.Id, outcomes[30].Item!["parent_id"]);
            Assert.Equal(150, outcomes.Count(o => o.Item != null && o.Plan!.Resource.Parent == null));
            // 75 SKUs of products, one of a variation, one unknown: one lookup, and the unknown one looked for in the trash.
            Assert.Single(Store.Requests, r => r.PathAndQuery.Contains("sku=") && !r.PathAndQuery.Contains("status=trash"));
            Assert.Single(Store.Requests, r => r.PathAndQuery.Contains("sku=NO-SUCH-SKU&status=trash"));
            Assert.Equal(2, Batches().Count());
            Assert.Single(Batches($"/products/{variable.Id}/variations/batch"));
            List<WooRecord> after = await ListAllAsync(session, new ProductQuery { Include = simple.Select(p => p.Id!.Value).ToList() });
            Assert.Equal(Enumerable.Range(1000, 150).Select(n => (long?)n), simple.Select(p => (long?)after.Single(a => a.Id == p.Id)["stock_quantity"]));
        }

        [Fact]
        public async Task Only_the_fields_that_differ_are_sent_and_a_row_with_none_sends_nothing()
        {
            using WooSession session = await ConnectAsync(Store.HttpsUrl, Store.Keys.ReadWrite);
            List<WooRecord> all = (await ListAllAsync(session)).Where(p => (string?)p["type"] == "simple").Take(3).ToList();
            var rows = new List<WriteRow>
            {
                Update(WooResource.Products, id: all[0].Id, fields: new (string, object?)[] { ("regular_price", all[0]["regular_price"]), ("name", all[0]["name"]), ("sale_price", null) }),
                Update(WooResource.Products, sku: (string)all[1]["sku"]!, fields: new (string, object?)[] { ("regular_price", (decimal)all[1]["regular_price"]! + 1), ("name", all[1]["name"]) }),
                Update(WooResource.Products, id: all[2].Id, fields: new (string, object?)[] { ("regular_price", ((decimal)all[2]["regular_price"]!).ToString("0.000", System.Globalization.CultureInfo.InvariantCulture)) }),
            };
            Store.ClearRequests();

            IReadOnlyList<WriteRow> outcomes = await WriteAsync(session, rows, onlyChanges: true);

            Assert.True(outcomes[0].Outcome == RowOutcome.Unchanged);
            Assert.Equal((decimal)all[1]["regular_price"]! + 1, outcomes[1].Item!["regular_price"]);
            Assert.True(outcomes[2].Outcome == RowOutcome.Unchanged);
            RecordedRequest batch = Assert.Single(Batches());
            Assert.Equal($"{{\"update\":[{{\"id\":{all[1].Id},\"regular_price\":\"{(decimal)all[1]["regular_price"]! + 1}\"}}]}}", batch.Body);
            Assert.All(Store.Requests.Where(r => r.Method == "GET" && r.PathAndQuery.Contains("/products")), r => Assert.Contains("context=edit", r.PathAndQuery));
        }

        [Fact]
        public async Task A_value_the_store_did_not_keep_is_reported_with_the_applied_item()
        {
            using WooSession session = await ConnectAsync(Store.HttpsUrl, Store.Keys.ReadWrite);
            WooRecord unmanaged = (await ListAllAsync(session)).First(p => (string?)p["type"] == "simple" && p["manage_stock"] is false);

            IReadOnlyList<WriteRow> outcomes = await WriteAsync(session, new[] { Update(WooResource.Products, id: unmanaged.Id, fields: ("stock_quantity", 5)) });

            FieldChange kept = Assert.Single(outcomes[0].NotTaken);
            Assert.Equal("stock_quantity", kept.Name);
            Assert.Null(kept.Was);
            Assert.NotNull(outcomes[0].Item);
        }

        [Fact]
        public async Task Terms_named_by_name_are_looked_up_once_and_an_unknown_one_fails_only_its_row()
        {
            using WooSession session = await ConnectAsync(Store.HttpsUrl, Store.Keys.ReadWrite);
            List<WooRecord> products = (await ListAllAsync(session)).Take(30).ToList();
            var rows = products.Select(p => Update(WooResource.Products, id: p.Id, fields: ("categories", new ItemReferences(new[] { "Home & Garden", "clothing" })))).ToList();
            rows.Add(Update(WooResource.Products, id: products[0].Id, fields: ("tags", new ItemReferences(new[] { "No Such Tag" }))));
            Store.ClearRequests();

            IReadOnlyList<WriteRow> outcomes = await WriteAsync(session, rows);

            // WooCommerce lists a product's categories by name, not in the order they were given.
            Assert.All(outcomes.Take(30), o => Assert.Equal(new long?[] { 16, 19 }, ((object?[])o.Item!["categories"]!).Cast<WooRecord>().Select(c => c.Id)));
            Assert.Equal(WooErrorCodes.TermNotFound.Code, outcomes[30].Failure!.Code);
            Assert.Equal(2, Store.Requests.Count(r => r.PathAndQuery.Contains("/products/categories")));
        }

        [Fact]
        public async Task Trashing_is_one_delete_each_an_item_in_the_trash_is_unchanged_and_permanent_deletes_batch()
        {
            using WooSession session = await ConnectAsync(Store.HttpsUrl, Store.Keys.ReadWrite);
            WriteRow Delete(long id, bool force = false) => new WriteRow(WriteAction.Delete, WooResource.Products, id) { Id = id, Force = force };
            Store.ClearRequests();

            IReadOnlyList<WriteRow> trashed = await WriteAsync(session, new[] { Delete(10), Delete(11) });
            IReadOnlyList<WriteRow> again = await WriteAsync(session, new[] { Delete(10) });
            IReadOnlyList<WriteRow> gone = await WriteAsync(session, new[] { Delete(10, force: true), Delete(12, force: true) });

            Assert.All(trashed, o => Assert.Equal("publish", o.Item!["status"]));
            // Read first (one include= each time) to name the item: the one in the trash is not sent again.
            Assert.Equal(2, Store.Requests.Count(r => r.Method == "DELETE"));
            Assert.Equal(RowOutcome.Unchanged, again[0].Outcome);
            Assert.Equal("it is in the trash already", again[0].Note);
            Assert.EndsWith("(in the trash)", again[0].Label);
            Assert.All(gone, o => Assert.NotNull(o.Item));
            Assert.Single(Batches());
        }

        [Fact]
        public async Task A_key_without_write_permission_fails_its_rows_and_ends_the_run()
        {
            using WooSession session = await ConnectAsync(Store.HttpsUrl, Store.Keys.Read);

            WriteRun run = await WriteRunner.RunAsync(session, new[] { Update(WooResource.Products, id: 10, fields: ("stock_quantity", 1)) }, Log);

            Assert.Equal(401, run.KeyRefused!.StatusCode);
            Assert.Equal(RowOutcome.Failed, run.Rows[0].Outcome);
            Assert.Contains("not written", run.Rows[0].Failure!.Message);
        }

        [Theory]
        [InlineData(HttpStatusCode.RequestEntityTooLarge, "update", "woocommerce_rest_request_entity_too_large", "not written", RowOutcome.Failed)]
        [InlineData(HttpStatusCode.RequestEntityTooLarge, "create", "woocommerce_rest_request_entity_too_large", "not written", RowOutcome.Failed)]
        [InlineData(HttpStatusCode.BadGateway, "update", "woops_outcome_unknown", "may or may not have been written", RowOutcome.InDoubt)]
        [InlineData(HttpStatusCode.BadGateway, "create", "woops_outcome_unknown", "may or may not have created it", RowOutcome.InDoubt)]
        [InlineData(HttpStatusCode.OK, "create", "woops_outcome_unknown", "may or may not have created it", RowOutcome.InDoubt)]
        public async Task A_batch_that_fails_whole_is_an_outcome_for_each_of_its_rows(HttpStatusCode status, string action, string code, string says, RowOutcome outcome)
        {
            int batches = 0;
            var network = new StubHandler((request, n) =>
            {
                if (!request.RequestUri!.AbsolutePath.EndsWith("/batch", StringComparison.Ordinal))
                {
                    return StubHandler.Json(HttpStatusCode.OK, "[]");
                }

                System.Threading.Interlocked.Increment(ref batches);
                return status == HttpStatusCode.RequestEntityTooLarge
                    ? StubHandler.Json(status, "{\"code\":\"woocommerce_rest_request_entity_too_large\",\"message\":\"Unable to accept more than 100 items for this request.\",\"data\":{\"status\":413}}")
                    : StubHandler.Html(status);
            });
            using WooSession session = await WooSession.ConnectAsync(Options(new Uri("https://shop.example"), CredentialOf(Store.Keys.ReadWrite), primaryHandler: () => network), Log, default);
            List<WriteRow> rows = Enumerable.Range(1, 3).Select(i => action == "create"
                ? Create("row " + i, ("name", "New " + i))
                : Update(WooResource.Products, id: i, fields: ("stock_quantity", i))).ToList();

            IReadOnlyList<WriteRow> outcomes = await WriteAsync(session, rows);

            Assert.All(outcomes, o => Assert.Equal(outcome, o.Outcome));
            Assert.All(outcomes, o => Assert.Equal(code, o.Failure!.Code));
            Assert.All(outcomes, o => Assert.Contains(says, o.Failure!.Message));
            Assert.Equal(new object[] { "row 1", "row 2", "row 3" }, outcomes.Select(o => o.Failure!.Target));
            // Updates are repeated after a bad gateway (three retries); creates never are.
            int expected = status == HttpStatusCode.BadGateway && action == "update" ? 4 : 1;
            Assert.Equal(expected, batches);
        }

        [Fact]
        public async Task Rows_of_several_products_variations_go_to_each_products_route()
        {
            using WooSession session = await ConnectAsync(Store.HttpsUrl, Store.Keys.ReadWrite);
            List<WooRecord> variables = (await ListAllAsync(session)).Where(p => (string?)p["type"] == "variable").Take(2).ToList();
            var rows = variables.Select(v => Update(WooResource.Variations.Of(v.Id!.Value), id: (long)((object?[])v["variations"]!)[0]!, fields: ("sale_price", null))).ToList();
            rows.Add(Update(WooResource.Variations, id: 5, fields: ("sale_price", null)));
            Store.ClearRequests();

            IReadOnlyList<WriteRow> outcomes = await WriteAsync(session, rows);

            Assert.NotNull(outcomes[0].Item);
            Assert.NotNull(outcomes[1].Item);
            Assert.Equal(WooErrorCodes.WrongInput.Code, outcomes[2].Failure!.Code);
            Assert.Equal(2, Store.Requests.Count(r => r.PathAndQuery.EndsWith("/variations/batch", StringComparison.Ordinal)));
        }

        [Fact]
        public async Task A_resource_without_a_batch_route_is_written_one_request_each_through_the_same_run()
        {
            using WooSession session = await ConnectAsync(Store.HttpsUrl, Store.Keys.ReadWrite);
            // Described for a route WooPS knows nothing of: no key, no trash, no batch route, no field rules.
            WooResource tags = WooResource.Custom("products/tags", "tag", "tags", "WooPS.Item");
            var rows = new[] { "Alpha", "Beta", "Gamma" }.Select(name =>
            {
                var row = new WriteRow(WriteAction.Create, tags, name);
                row.Set("name", name);
                return row;
            }).ToList();
            Store.ClearRequests();

            IReadOnlyList<WriteRow> outcomes = await WriteAsync(session, rows);

            Assert.All(outcomes, row => Assert.Equal(RowOutcome.Applied, row.Outcome));
            Assert.Equal(new[] { "Alpha", "Beta", "Gamma" }, outcomes.Select(row => (string)row.Item!["name"]!));
            Assert.Equal(3, Store.Requests.Count(r => r.Method == "POST" && r.PathAndQuery.EndsWith("/products/tags", StringComparison.Ordinal)));
            Assert.DoesNotContain(Store.Requests, r => r.PathAndQuery.Contains("/batch"));
            Assert.False(tags.HasBatch);
            Assert.Null(tags.Key);
        }
    }
}
