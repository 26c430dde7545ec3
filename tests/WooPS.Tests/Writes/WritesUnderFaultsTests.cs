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
    /// <summary>A store that fails a tenth of its requests at random, some after applying them: every row still lands, and is told once.</summary>
    public class WritesUnderFaultsTests : StoreTests
    {
        public WritesUnderFaultsTests()
            : base(products: 5000)
        {
        }

        [Fact]
        public async Task Five_thousand_updates_under_ten_percent_transient_faults_land_exactly_once_each()
        {
            using WooSession session = await ConnectAsync(Store.HttpsUrl, Store.Keys.ReadWrite);
            List<WooRecord> products = await ListAllAsync(session);
            Assert.Equal(5000, products.Count);
            // Half the rows name the product by SKU, half by id; each sets a stock level no product has yet.
            List<WriteRow> rows = products.Select((product, index) =>
            {
                var row = new WriteRow(WriteAction.Update, WooResource.Products, index) { Id = index % 2 == 0 ? product.Id : null, Key = index % 2 == 0 ? null : (string)product["sku"]! };
                row.Set("manage_stock", true);
                row.Set("stock_quantity", 100000 + index);
                return row;
            }).ToList();
            Store.Modes.Faults = new RandomFaults(0.1, seed: 1);

            IReadOnlyList<WriteRow> outcomes = (await WriteRunner.RunAsync(session, rows, Log)).Rows;
            Store.Modes.Faults = RandomFaults.None;
            FaultCounts faults = Store.FaultCounts;

            Assert.Equal(rows, outcomes);
            Assert.All(outcomes, outcome => Assert.Null(outcome.Failure));
            Assert.All(outcomes, outcome => Assert.Equal(100000L + (int)outcome.Input!, outcome.Item!["stock_quantity"]));
            List<WooRecord> after = await ListAllAsync(session);
            Assert.Equal(
                products.Select((product, index) => (product.Id, (long?)(100000 + index))),
                after.Select(product => (product.Id, (long?)product["stock_quantity"])));
            // The faults happened (the seed makes them the same each run), a batch applied and then failed among them.
            Assert.True(faults.Total > 0);
            Assert.True(faults.Of(FaultKind.GatewayTimeoutAfterWrite) > 0);
        }
    }
}
