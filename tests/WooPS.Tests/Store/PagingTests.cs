using System.Linq;
using System.Threading.Tasks;
using WooPS.Core;
using WooPS.Core.Resources.Catalog;
using WooPS.Tests.Support;

namespace WooPS.Tests.Store
{
    public abstract class PagingTests : StoreTests
    {
        private readonly int _products;

        protected PagingTests(int products)
            : base(products)
        {
            _products = products;
        }

        [Fact]
        public async Task Lists_every_product_once_in_id_order_with_one_request_per_page_of_100()
        {
            using WooSession session = await ConnectAsync(Store.HttpsUrl, Store.Keys.ReadWrite);
            Store.ClearRequests();

            var products = await ListAllAsync(session);

            Assert.Equal(_products, products.Count);
            Assert.Equal(products.Select(p => p.Id).OrderBy(id => id), products.Select(p => p.Id));
            Assert.Equal(products.Count, products.Select(p => p.Id).Distinct().Count());
            Assert.Equal(System.Math.Max(1, (_products + 99) / 100), Store.Requests.Count);
            Assert.All(Store.Requests, r => Assert.Contains("per_page=100", r.PathAndQuery));
        }

        [Fact]
        public async Task Over_OAuth_each_page_is_signed_afresh()
        {
            using WooSession session = await ConnectAsync(Store.HttpUrl, Store.Keys.ReadWrite);

            Assert.Equal(_products, (await ListAllAsync(session)).Count);
        }
    }

    public class PagingAt0 : PagingTests { public PagingAt0() : base(0) { } }

    public class PagingAt1 : PagingTests { public PagingAt1() : base(1) { } }

    public class PagingAt100 : PagingTests { public PagingAt100() : base(100) { } }

    public class PagingAt101 : PagingTests { public PagingAt101() : base(101) { } }

    public class PagingAt250 : PagingTests
    {
        public PagingAt250()
            : base(250)
        {
        }

        [Fact]
        public async Task A_product_added_while_paging_lands_at_the_end_and_a_warning_says_the_store_changed()
        {
            using WooSession session = await ConnectAsync(Store.HttpsUrl, Store.Keys.ReadWrite);
            long added = 0;

            var products = await ListAllAsync(session, onPage: page =>
            {
                if (page.Number == 1)
                {
                    added = Store.AddProduct();
                }

                return true;
            });

            Assert.Equal(251, products.Count);
            Assert.Equal(added, products.Last().Id);
            Assert.Contains(Log.Warnings, w => w.Contains("changed during the listing"));
        }

        [Fact]
        public async Task Stopping_early_fetches_no_further_pages()
        {
            using WooSession session = await ConnectAsync(Store.HttpsUrl, Store.Keys.ReadWrite);
            Store.ClearRequests();

            var products = await ListAllAsync(session, new ProductQuery { PageSize = 5 }, page => false);

            Assert.Equal(5, products.Count);
            Assert.Single(Store.Requests);
        }

        [Fact]
        public async Task Filters_by_several_exact_skus()
        {
            using WooSession session = await ConnectAsync(Store.HttpsUrl, Store.Keys.ReadWrite);
            var all = await ListAllAsync(session);
            var skus = new[] { (string)all[3]["sku"]!, (string)all[200]["sku"]! };

            var found = await ListAllAsync(session, new ProductQuery { Sku = skus });

            Assert.Equal(skus, found.Select(p => (string)p["sku"]!));
        }
    }
}
