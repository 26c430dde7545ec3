using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using WooPS.Core;
using WooPS.Core.Json;
using WooPS.Core.Resources;
using WooPS.Core.Resources.Writes;
using WooPS.FakeStore;
using WooPS.Tests.Support;

namespace WooPS.Tests.Writes
{
    /// <summary>Feeds that must not do nothing in silence, nor do the wrong thing: rows naming one item twice, keys two items share, the trash, amounts, typos.</summary>
    public class FeedTests : StoreTests
    {
        public FeedTests()
            : base(new FakeStoreOptions { Products = 120, PriceDecimals = 2 })
        {
        }

        private static WriteRow Update(long? id = null, string? sku = null, params (string Name, object? Value)[] fields)
        {
            var row = new WriteRow(WriteAction.Update, WooResource.Products, (object?)id ?? sku) { Id = id, Key = sku };
            foreach ((string name, object? value) in fields)
            {
                row.Set(name, value);
            }

            return row;
        }

        private async Task<List<WooRecord>> SimpleAsync(WooSession session) =>
            (await ListAllAsync(session)).Where(p => (string?)p["type"] == "simple").ToList();

        [Fact]
        public async Task With_SkipUnchanged_the_last_of_two_rows_in_different_windows_wins()
        {
            using WooSession session = await ConnectAsync(Store.HttpsUrl, Store.Keys.ReadWrite);
            session.MaxConcurrency = 1;
            List<WooRecord> simple = await SimpleAsync(session);
            WooRecord target = simple[0];
            decimal old = (decimal)target["regular_price"]!;
            // Row 1 changes the price and waits for a fuller batch; 24 rows of other products change nothing; row 26 sets the old price back.
            var rows = new List<WriteRow> { Update(target.Id, fields: ("regular_price", 77.77m)) };
            rows.AddRange(simple.Skip(1).Take(24).Select(p => Update(p.Id, fields: ("regular_price", p["regular_price"]))));
            rows.Add(Update(target.Id, fields: ("regular_price", old)));

            WriteRun run = await WriteRunner.RunAsync(session, rows, Log, new WriteRunSettings { BatchSize = 10, OnlyChanges = true });

            Assert.Equal(RowOutcome.Applied, run.Rows[0].Outcome);
            Assert.Equal(RowOutcome.Applied, run.Rows[25].Outcome);
            Assert.Equal(24, run.Rows.Count(row => row.Outcome == RowOutcome.Unchanged));
            Assert.Equal(old, (await session.Resources.GetAsync(WooResource.Products, target.Id!.Value, Log, default))["regular_price"]);
            IReadOnlyList<WriteRow> twice = Assert.Single(run.ItemsNamedTwice);
            Assert.Equal(new[] { 1, 26 }, twice.Select(row => row.Number));
        }

        [Fact]
        public async Task A_sku_two_products_share_fails_its_row_naming_both()
        {
            using WooSession session = await ConnectAsync(Store.HttpsUrl, Store.Keys.ReadWrite);
            List<WooRecord> simple = await SimpleAsync(session);
            string sku = (string)simple[0]["sku"]!;
            Store.ForceSku(simple[1].Id!.Value, sku);

            WriteRun run = await WriteRunner.RunAsync(session, new[] { Update(sku: sku, fields: ("stock_quantity", 1)) }, Log);

            WooApiException failure = run.Rows[0].Failure!;
            Assert.Equal(WooErrorCodes.AmbiguousKey.Code, failure.Code);
            Assert.Contains($"product {simple[0].Id} ", failure.Message);
            Assert.Contains($"product {simple[1].Id} ", failure.Message);
            Assert.DoesNotContain(Store.Requests, r => r.Method == "POST");
        }

        [Fact]
        public async Task A_product_in_the_trash_is_found_by_its_sku_to_change_or_delete_for_good()
        {
            using WooSession session = await ConnectAsync(Store.HttpsUrl, Store.Keys.ReadWrite);
            List<WooRecord> simple = await SimpleAsync(session);
            string trashedSku = (string)simple[0]["sku"]!, otherSku = (string)simple[1]["sku"]!;
            await session.Resources.DeleteAsync(WooResource.Products, simple[0].Id!.Value, force: false, Log, default);
            await session.Resources.DeleteAsync(WooResource.Products, simple[1].Id!.Value, force: false, Log, default);

            WriteRun changed = await WriteRunner.RunAsync(session, new[] { Update(sku: otherSku, fields: ("status", "publish")) }, Log);
            WriteRun deleted = await WriteRunner.RunAsync(session, new[] { new WriteRow(WriteAction.Delete, WooResource.Products, trashedSku) { Key = trashedSku, Force = true } }, Log);
            WriteRun trashedAgain = await WriteRunner.RunAsync(session, new[] { new WriteRow(WriteAction.Delete, WooResource.Products, otherSku) { Key = otherSku } }, Log);

            Assert.Equal(RowOutcome.Applied, changed.Rows[0].Outcome);
            Assert.EndsWith("(in the trash)", changed.Rows[0].Label);
            Assert.Equal("publish", changed.Rows[0].Item!["status"]);
            Assert.Equal(RowOutcome.Applied, deleted.Rows[0].Outcome);
            await Assert.ThrowsAsync<WooApiException>(() => session.Resources.GetAsync(WooResource.Products, simple[0].Id!.Value, Log, default));
            // Out of the trash again, trashing it is a change once more.
            Assert.Equal(RowOutcome.Applied, trashedAgain.Rows[0].Outcome);
        }

        [Fact]
        public async Task Amounts_with_more_decimals_than_the_store_shows_are_noted_and_sent_as_given()
        {
            using WooSession session = await ConnectAsync(Store.HttpsUrl, Store.Keys.ReadWrite);
            List<WooRecord> simple = await SimpleAsync(session);

            WriteRun run = await WriteRunner.RunAsync(session, new[]
            {
                Update(simple[0].Id, fields: ("regular_price", 105.567m)),
                Update(simple[1].Id, fields: ("regular_price", "12.50")),
                Update(simple[2].Id, fields: ("weight", 1.2345m)),
            }, Log);

            ExcessDecimals excess = Assert.Single(run.ExcessDecimals);
            Assert.Equal(1, excess.Row.Number);
            Assert.Equal(2, excess.Decimals);
            Assert.Equal(105.567m, run.Rows[0].Item!["regular_price"]);
            Assert.Single(Store.Requests, r => r.PathAndQuery.Contains("woocommerce_price_num_decimals"));
        }

        [Fact]
        public async Task A_field_the_store_has_no_such_name_for_is_told_as_ignored()
        {
            using WooSession session = await ConnectAsync(Store.HttpsUrl, Store.Keys.ReadWrite);
            List<WooRecord> simple = await SimpleAsync(session);

            WriteRun run = await WriteRunner.RunAsync(session, new[] { Update(simple[0].Id, fields: ("stock_quanity", 5)) }, Log);

            Assert.Equal(RowOutcome.Applied, run.Rows[0].Outcome);
            Assert.Equal(new[] { "stock_quanity" }, run.Rows[0].Ignored);
        }

        [Fact]
        public async Task A_value_unchanged_since_the_object_was_read_is_not_sent()
        {
            using WooSession session = await ConnectAsync(Store.HttpsUrl, Store.Keys.ReadWrite);
            WooRecord product = (await SimpleAsync(session))[0];
            var row = new WriteRow(WriteAction.Update, WooResource.Products, product) { Id = product.Id };
            row.Set(new FieldValue("regular_price", product["regular_price"], product["regular_price"]));
            Store.ClearRequests();

            WriteRun run = await WriteRunner.RunAsync(session, new[] { row }, Log);

            Assert.Equal(RowOutcome.Unchanged, run.Rows[0].Outcome);
            Assert.Equal("no field was changed since it was read", run.Rows[0].Note);
            Assert.DoesNotContain(Store.Requests, r => r.Method == "POST");
        }

        [Fact]
        public async Task A_variation_found_by_its_sku_through_products_is_refused_a_field_variations_do_not_have()
        {
            using WooSession session = await ConnectAsync(Store.HttpsUrl, Store.Keys.ReadWrite);
            List<WooRecord> all = await ListAllAsync(session);
            WooRecord variable = all.First(p => (string?)p["type"] == "variable");
            WooRecord variation = await session.Resources.GetAsync(WooResource.Variations.Of(variable.Id!.Value), (long)((object?[])variable["variations"]!)[0]!, Log, default);
            WooRecord simple = all.First(p => (string?)p["type"] == "simple");
            WriteRow Categorised(string sku) => Update(sku: sku, fields: ("categories", new ItemReferences(new[] { "clothing" })));

            WriteRun run = await WriteRunner.RunAsync(session, new[] { Categorised((string)simple["sku"]!), Categorised((string)variation["sku"]!) }, Log);

            Assert.Equal(RowOutcome.Applied, run.Rows[0].Outcome);
            Assert.Equal(RowOutcome.Failed, run.Rows[1].Outcome);
            Assert.Contains("a variation has no categories", run.Rows[1].Failure!.Message);
            Assert.False(run.Rows[1].Failure!.Code == WooErrorCodes.OutcomeUnknown.Code);
        }

        [Fact]
        public async Task A_sku_list_is_read_to_its_last_page_so_a_shared_sku_among_a_hundred_is_told_and_none_is_lost()
        {
            using WooSession session = await ConnectAsync(Store.HttpsUrl, Store.Keys.ReadWrite);
            List<WooRecord> simple = await SimpleAsync(session);
            Store.ForceSku(simple[100].Id!.Value, (string)simple[0]["sku"]!);
            List<WriteRow> rows = simple.Take(100).Select(p => Update(sku: (string)p["sku"]!, fields: ("menu_order", 3L))).ToList();

            WriteRun run = await WriteRunner.RunAsync(session, rows, Log);

            Assert.Equal(WooErrorCodes.AmbiguousKey.Code, run.Rows[0].Failure!.Code);
            Assert.All(run.Rows.Skip(1), row => Assert.Equal(RowOutcome.Applied, row.Outcome));
        }

        [Fact]
        public async Task Rows_spread_over_many_products_variations_are_not_all_held_until_the_input_ends()
        {
            using WooSession session = await ConnectAsync(Store.HttpsUrl, Store.Keys.ReadWrite);
            session.MaxConcurrency = 1;
            List<WooRecord> variations = new List<WooRecord>();
            foreach (WooRecord variable in (await ListAllAsync(session)).Where(p => (string?)p["type"] == "variable"))
            {
                variations.AddRange(await ListAllAsync(session, WooResource.Variations.Of(variable.Id!.Value)));
            }

            WriteRun run = session.Resources.NewWriteRun(new WriteRunSettings { BatchSize = 30 });
            var runner = new WriteRunner(Log);
            Store.ClearRequests();
            foreach (WooRecord variation in variations)
            {
                var row = new WriteRow(WriteAction.Update, WooResource.Variations.Of((long)variation["parent_id"]!), variation.Id) { Id = variation.Id };
                row.Set("menu_order", 4L);
                if (run.Take(row))
                {
                    await run.FlushAsync(runner, last: false, default);
                }
            }

            // Before the last flush, rows held for fuller batches have gone out as soon as a window's worth waited.
            Assert.True(variations.Count > 60);
            Assert.Contains(Store.Requests, r => r.Method == "POST" && r.PathAndQuery.EndsWith("/variations/batch", StringComparison.Ordinal));
            await run.FlushAsync(runner, last: true, default);
            Assert.All(run.Rows, row => Assert.Equal(RowOutcome.Applied, row.Outcome));
        }

        [Fact]
        public async Task A_date_given_in_this_computers_time_and_a_meta_value_given_as_a_number_compare_equal_once_written()
        {
            using WooSession session = await ConnectAsync(Store.HttpsUrl, Store.Keys.ReadWrite);
            WooRecord product = (await SimpleAsync(session))[0];
            DateTime local = DateTime.SpecifyKind(new DateTime(2027, 1, 4, 9, 30, 0), DateTimeKind.Local);
            WriteRow Row()
            {
                var row = Update(product.Id, fields: ("date_on_sale_to", local));
                row.Set("meta_data", new object?[] { new[] { new KeyValuePair<string, object?>("key", "erp_id"), new KeyValuePair<string, object?>("value", 77L) } });
                return row;
            }

            WriteRun first = await WriteRunner.RunAsync(session, new[] { Row() }, Log, new WriteRunSettings { OnlyChanges = true });
            WriteRun second = await WriteRunner.RunAsync(session, new[] { Row() }, Log, new WriteRunSettings { OnlyChanges = true });

            Assert.Equal(RowOutcome.Applied, first.Rows[0].Outcome);
            Assert.Empty(first.Rows[0].NotTaken);
            Assert.Equal(RowOutcome.Unchanged, second.Rows[0].Outcome);
        }
    }
}
