using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using WooPS.Core;
using WooPS.Core.Json;
using WooPS.Core.Resources;
using WooPS.Core.Resources.Orders;
using WooPS.Core.Resources.Writes;
using WooPS.FakeStore;
using WooPS.Tests.Support;

namespace WooPS.Tests.Writes
{
    /// <summary>
    /// Orders and their notes through the one model: statuses checked against the store's own before a batch (where
    /// WooCommerce takes an unknown one without an error, 66f), notes one request each where there is no batch route.
    /// </summary>
    public class OrderWriteTests : StoreTests
    {
        public OrderWriteTests()
            : base(new FakeStoreOptions { Products = 25, Customers = 3, Orders = 250 })
        {
        }

        private static WriteRow Update(WooResource resource, long id, params (string Name, object? Value)[] fields)
        {
            var row = new WriteRow(WriteAction.Update, resource, id) { Id = id };
            foreach ((string name, object? value) in fields)
            {
                row.Set(name, value);
            }

            return row;
        }

        private int Count(string method, string pathEnd) =>
            Store.Requests.Count(r => r.Method == method && r.PathAndQuery.Split('?')[0].EndsWith(pathEnd, StringComparison.Ordinal));

        [Fact]
        public async Task Status_changes_go_100_to_a_batch_after_one_read_of_the_stores_statuses_and_an_unknown_status_never_joins_a_batch()
        {
            using WooSession session = await ConnectAsync(Store.HttpsUrl, Store.Keys.ReadWrite);
            List<WooRecord> orders = await ListAllAsync(session, WooResource.Orders, new OrderQuery { Status = new[] { "any" } });
            var rows = orders.Take(240).Select((order, index) => Update(WooResource.Orders, order.Id!.Value, ("status", index % 2 == 0 ? "Completed" : "awaiting-shipment"))).ToList();
            rows.Add(Update(WooResource.Orders, orders[240].Id!.Value, ("status", "shipped")));

            WriteRun run = await WriteRunner.RunAsync(session, rows, Log);
            List<WooRecord> after = await ListAllAsync(session, WooResource.Orders, new OrderQuery { Include = orders.Take(241).Select(o => o.Id!.Value).ToList(), Status = new[] { "any" } });

            Assert.Equal(240, run.Rows.Count(row => row.Outcome == RowOutcome.Applied));
            Assert.Equal(RowOutcome.Failed, run.Rows[240].Outcome);
            Assert.Contains("status is one of the order statuses this store knows (pending, processing, on-hold, completed, cancelled, refunded, failed, checkout-draft, awaiting-shipment), not 'shipped'", run.Rows[240].Failure!.Message);
            Assert.Equal(3, Count("POST", "/orders/batch"));
            Assert.Equal(1, Count("GET", "/reports/orders/totals"));
            Assert.DoesNotContain(Store.Requests.Where(r => r.Method == "POST"), batch => batch.Body!.Contains("shipped", StringComparison.Ordinal));
            Assert.Equal(120, after.Count(order => order["status"] as string == "completed"));
            Assert.Equal(120, after.Count(order => order["status"] as string == "awaiting-shipment"));
            Assert.Equal(orders[240]["status"], after.Single(order => order.Id == orders[240].Id)["status"]);
        }

        [Fact]
        public async Task Notes_have_no_batch_route_so_each_is_its_own_request_and_a_delete_is_for_good()
        {
            using WooSession session = await ConnectAsync(Store.HttpsUrl, Store.Keys.ReadWrite);
            List<WooRecord> orders = await ListAllAsync(session, WooResource.Orders, new OrderQuery { Status = new[] { "any" }, PageSize = 12 }, page => false);
            var adds = orders.Take(12).Select(order =>
            {
                var row = new WriteRow(WriteAction.Create, WooResource.OrderNotes.Of(order.Id!.Value), order.Id);
                row.Set("note", $"Packed {order.Id}");
                return row;
            }).ToList();

            WriteRun added = await WriteRunner.RunAsync(session, adds, Log);
            var deletes = added.Rows.Select(row => new WriteRow(WriteAction.Delete, WooResource.OrderNotes.Of((long)row.Item!["order_id"]!), row.Item) { Id = row.Item.Id, Force = true }).ToList();
            WriteRun deleted = await WriteRunner.RunAsync(session, deletes, Log);

            Assert.All(added.Rows, row => Assert.Equal(RowOutcome.Applied, row.Outcome));
            Assert.Equal(orders.Take(12).Select(o => o.Id), added.Rows.Select(row => (long?)row.Item!["order_id"]));
            Assert.Equal(12, Count("POST", "/notes"));
            Assert.Equal(0, Store.Requests.Count(r => r.PathAndQuery.Contains("/notes/batch")));
            Assert.All(deleted.Rows, row => Assert.Equal(RowOutcome.Applied, row.Outcome));
            Assert.Equal(12, Store.Requests.Count(r => r.Method == "DELETE" && r.PathAndQuery.Contains("/notes/") && r.PathAndQuery.Contains("force=true")));
        }
    }
}
