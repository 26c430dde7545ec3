using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using WooPS.Core;
using WooPS.Core.Json;
using WooPS.Core.Resources;
using WooPS.Core.Resources.Writes;
using WooPS.FakeStore;
using WooPS.Tests.Support;

namespace WooPS.Tests.Writes
{
    /// <summary>
    /// Every row a write took ends as one outcome however the write ends: a refused key, a cancellation with
    /// batches in flight, creates whose answers were lost, timeouts. The store's scripted faults pick the request;
    /// tests wait for the store to hold requests, never for time.
    /// </summary>
    public class EarlyEndingTests : StoreTests
    {
        private static readonly TimeSpan Guard = TimeSpan.FromSeconds(60);

        public EarlyEndingTests()
            : base(products: 300)
        {
        }

        private static WriteRow Stock(WooRecord product, long quantity)
        {
            var row = new WriteRow(WriteAction.Update, WooResource.Products, product.Id) { Id = product.Id };
            row.Set("manage_stock", true);
            row.Set("stock_quantity", quantity);
            return row;
        }

        /// <summary>A session that waits 1 s for an answer, for stores scripted to answer later.</summary>
        private Task<WooSession> ConnectImpatientAsync()
        {
            var options = Options(Store.HttpsUrl, CredentialOf(Store.Keys.ReadWrite));
            options.TimeoutSec = 1;
            return WooSession.ConnectAsync(options, Log, default);
        }

        private async Task<List<WooRecord>> SimpleAsync(WooSession session, int count) =>
            (await ListAllAsync(session)).Where(p => (string?)p["type"] == "simple").Take(count).ToList();

        [Fact]
        public async Task A_refused_key_fails_its_request_answers_those_in_flight_and_sends_nothing_after()
        {
            using WooSession session = await ConnectAsync(Store.HttpsUrl, Store.Keys.ReadWrite);
            session.MaxConcurrency = 1;
            List<WooRecord> products = await SimpleAsync(session, 5);
            Store.Modes.FaultScript = [new FaultRule("DELETE", "^/wc/v3/products/\\d+$", ScriptedFaultAction.Forbidden) { Nth = [2] }];
            List<WriteRow> rows = products.Select(p => new WriteRow(WriteAction.Delete, WooResource.Products, p.Id) { Id = p.Id }).ToList();

            WriteRun run = await WriteRunner.RunAsync(session, rows, Log);

            Assert.Equal(new[] { RowOutcome.Applied, RowOutcome.Failed, RowOutcome.NotSent, RowOutcome.NotSent, RowOutcome.NotSent }, run.Rows.Select(row => row.Outcome));
            Assert.Equal("rest_forbidden", run.KeyRefused!.Code);
            Assert.Contains("not written", run.Rows[1].Failure!.Message);
            Assert.Equal(WooErrorCodes.NotSent.Code, run.Rows[2].Failure!.Code);
            Assert.Contains("the store refused the key for another row", run.Rows[2].Failure!.Message);
            Assert.Equal(2, Store.Requests.Count(r => r.Method == "DELETE"));
        }

        [Fact]
        public async Task Cancelled_with_batches_in_flight_the_rows_sent_are_in_doubt_and_the_others_not_sent()
        {
            using WooSession session = await ConnectAsync(Store.HttpsUrl, Store.Keys.ReadWrite);
            session.MaxConcurrency = 2;
            List<WooRecord> products = await SimpleAsync(session, 200);
            Store.Modes.FaultScript = [new FaultRule("POST", "^/wc/v3/products/batch$", ScriptedFaultAction.HoldAfter)];
            WriteRun run = session.Resources.NewWriteRun(new WriteRunSettings { BatchSize = 50 });
            products.Select((p, i) => Stock(p, 5000 + i)).ToList().ForEach(row => run.Take(row));
            using var cancel = new CancellationTokenSource();

            Task flush = run.FlushAsync(new WriteRunner(Log), last: true, cancel.Token);
            await Store.WaitUntilHeldAsync(0, 2).WaitAsync(Guard);
            cancel.Cancel();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => flush);
            IReadOnlyList<WriteRow> untold = run.EndEarly();

            Assert.Equal(200, untold.Count);
            Assert.Equal(100, run.Rows.Count(row => row.Outcome == RowOutcome.InDoubt));
            Assert.Equal(100, run.Rows.Count(row => row.Outcome == RowOutcome.NotSent));
            Assert.All(run.Rows.Where(row => row.Outcome == RowOutcome.InDoubt), row => Assert.Equal(WooErrorCodes.OutcomeUnknown.Code, row.Failure!.Code));
            // The store did what the rows in doubt asked: they are not "failed".
            await Store.WaitUntilReleasedAsync(0).WaitAsync(Guard);
            Store.Modes.FaultScript = [];
            List<WooRecord> after = await ListAllAsync(session);
            long[] inDoubt = run.Rows.Where(row => row.Outcome == RowOutcome.InDoubt).Select(row => row.Id!.Value).ToArray();
            Assert.All(after.Where(p => inDoubt.Contains(p.Id!.Value)), p => Assert.True((long)p["stock_quantity"]! >= 5000));
        }

        [Fact]
        public async Task A_create_whose_answer_was_lost_is_found_by_its_sku_and_one_never_made_is_said_not_created()
        {
            using WooSession session = await ConnectAsync(Store.HttpsUrl, Store.Keys.ReadWrite);
            WriteRow Create(string sku)
            {
                var row = new WriteRow(WriteAction.Create, WooResource.Products, sku);
                row.Set("name", "Lost " + sku);
                row.Set("sku", sku);
                return row;
            }

            Store.Modes.FaultScript = [new FaultRule("POST", "^/wc/v3/products/batch$", ScriptedFaultAction.GatewayTimeoutAfter) { Nth = [1] }];
            WriteRun made = await WriteRunner.RunAsync(session, new[] { Create("LOST-1"), Create("LOST-2") }, Log);
            Store.Modes.FaultScript = [new FaultRule("POST", "^/wc/v3/products/batch$", ScriptedFaultAction.Unavailable) { Nth = [1] }];
            WriteRun refused = await WriteRunner.RunAsync(session, new[] { Create("LOST-3") }, Log);

            Assert.All(made.Rows, row => Assert.Equal(RowOutcome.Applied, row.Outcome));
            Assert.All(made.Rows, row => Assert.StartsWith("its answer was lost; found by the SKU", row.Note));
            Assert.Equal("LOST-1", made.Rows[0].Item!["sku"]);
            Assert.NotNull(made.Rows[0].Item!.Id);
            Assert.Equal(RowOutcome.Failed, refused.Rows[0].Outcome);
            Assert.Equal(WooErrorCodes.NotCreated.Code, refused.Rows[0].Failure!.Code);
            Assert.Contains("no product has the SKU 'LOST-3' now", refused.Rows[0].Failure!.Message);
            // Creates are never sent twice: one batch each.
            Assert.Equal(2, Store.Requests.Count(r => r.Method == "POST" && r.PathAndQuery.EndsWith("/products/batch", StringComparison.Ordinal)));
        }

        [Fact]
        public async Task A_lost_create_whose_sku_another_product_had_already_stays_in_doubt()
        {
            using WooSession session = await ConnectAsync(Store.HttpsUrl, Store.Keys.ReadWrite);
            WooRecord existing = (await SimpleAsync(session, 1))[0];
            var row = new WriteRow(WriteAction.Create, WooResource.Products, "copy");
            row.Set("name", "A different product");
            row.Set("sku", (string)existing["sku"]!);
            Store.Modes.FaultScript = [new FaultRule("POST", "^/wc/v3/products/batch$", ScriptedFaultAction.GatewayTimeoutAfter) { Nth = [1] }];

            WriteRun run = await WriteRunner.RunAsync(session, new[] { row }, Log);

            Assert.Equal(RowOutcome.InDoubt, run.Rows[0].Outcome);
            Assert.Null(run.Rows[0].Item);
        }

        [Fact]
        public async Task A_batch_of_updates_that_times_out_is_sent_again()
        {
            using WooSession session = await ConnectImpatientAsync();
            List<WooRecord> products = await SimpleAsync(session, 3);
            Store.Modes.FaultScript = [new FaultRule("POST", "^/wc/v3/products/batch$", ScriptedFaultAction.SlowAfter) { Nth = [1], DelayMs = 3000 }];

            WriteRun run = await WriteRunner.RunAsync(session, products.Select(p => Stock(p, 77)), Log);

            Assert.All(run.Rows, row => Assert.Equal(RowOutcome.Applied, row.Outcome));
            // Counted as they arrive: the first is still held by the store (3 s) when the second has been answered.
            Assert.Equal(2, Store.Arrived.Count(request => request == "POST /wp-json/wc/v3/products/batch"));
        }

        [Fact]
        public async Task A_batch_of_updates_that_times_out_every_time_is_in_doubt_and_says_it_was_sent_again()
        {
            using WooSession session = await ConnectImpatientAsync();
            List<WooRecord> products = await SimpleAsync(session, 2);
            Store.Modes.FaultScript = [new FaultRule("POST", "^/wc/v3/products/batch$", ScriptedFaultAction.SlowAfter) { DelayMs = 3000 }];

            WriteRun run = await WriteRunner.RunAsync(session, products.Select(p => Stock(p, 78)), Log);

            Assert.All(run.Rows, row => Assert.Equal(RowOutcome.InDoubt, row.Outcome));
            Assert.All(run.Rows, row => Assert.Contains("the batch of 2 it was in failed, also when sent again (The store did not answer", row.Failure!.Message));
            // Counted as they arrived: the last one is still being answered slowly when the client has given up on it.
            Assert.Equal(4, Store.Arrived.Count(request => request == "POST /wp-json/wc/v3/products/batch"));
        }

        [Fact]
        public async Task A_move_to_the_trash_whose_every_answer_is_lost_is_looked_up_and_failed_when_the_product_is_still_in_place()
        {
            using WooSession session = await ConnectAsync(Store.HttpsUrl, Store.Keys.ReadWrite);
            WooRecord product = (await SimpleAsync(session, 1))[0];
            Store.Modes.FaultScript = [new FaultRule("DELETE", "^/wc/v3/products/\\d+$", ScriptedFaultAction.Unavailable)];

            WriteRun run = await WriteRunner.RunAsync(session, [new WriteRow(WriteAction.Delete, WooResource.Products, product.Id) { Id = product.Id }], Log);

            WriteRow row = Assert.Single(run.Rows);
            Assert.Equal(RowOutcome.Failed, row.Outcome);
            Assert.Equal(WooErrorCodes.NotDeleted.Code, row.Failure!.Code);
            Assert.StartsWith($"product {product.Id} ", row.Failure.Message);
            Assert.EndsWith("and it is still there, not in the trash. Running the row again is safe.", row.Failure.Message);
            // Sent once and 3 times again (a DELETE may be repeated), then looked up; counted as they arrived.
            Assert.Equal(4, Store.Arrived.Count(request => request.StartsWith("DELETE ", StringComparison.Ordinal)));
            Store.Modes.FaultScript = [];
            Assert.Equal("publish", (await session.Resources.GetAsync(WooResource.Products, product.Id!.Value, Log, default))["status"]);
        }

        [Fact]
        public async Task Deletes_for_good_whose_batch_answer_was_lost_are_looked_up_applied_when_gone_and_failed_when_still_there()
        {
            using WooSession session = await ConnectAsync(Store.HttpsUrl, Store.Keys.ReadWrite);
            session.MaxConcurrency = 1;
            List<WooRecord> products = await SimpleAsync(session, 4);
            // The first batch is deleted and its answer lost; the second is refused by a proxy before the store sees it.
            Store.Modes.FaultScript =
            [
                new FaultRule("POST", "^/wc/v3/products/batch$", ScriptedFaultAction.GatewayTimeoutAfter) { Nth = [1] },
                new FaultRule("POST", "^/wc/v3/products/batch$", ScriptedFaultAction.Unavailable) { Nth = [2] },
            ];
            WriteRun run = session.Resources.NewWriteRun(new WriteRunSettings { BatchSize = 2 });
            products.ForEach(p => run.Take(new WriteRow(WriteAction.Delete, WooResource.Products, p.Id) { Id = p.Id, Force = true }));

            await run.FlushAsync(new WriteRunner(Log), last: true, default);

            Assert.Equal(new[] { RowOutcome.Applied, RowOutcome.Applied, RowOutcome.Failed, RowOutcome.Failed }, run.Rows.Select(row => row.Outcome));
            Assert.All(run.Rows.Take(2), row => Assert.Equal("its answer was lost; the store no longer has it", row.Note));
            Assert.All(run.Rows.Take(2), row => Assert.Equal(row.Id, row.Item!.Id));
            Assert.All(run.Rows.Skip(2), row => Assert.Equal(WooErrorCodes.NotDeleted.Code, row.Failure!.Code));
            Assert.All(run.Rows.Skip(2), row => Assert.EndsWith("and it is still there. Running the row again is safe.", row.Failure!.Message));
            Store.Modes.FaultScript = [];
            List<long?> left = (await ListAllAsync(session)).Select(p => p.Id).ToList();
            Assert.DoesNotContain(products[0].Id, left);
            Assert.DoesNotContain(products[1].Id, left);
            Assert.Contains(products[2].Id, left);
            Assert.Contains(products[3].Id, left);
        }
    }
}
