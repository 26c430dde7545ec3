using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using WooPS.Core;
using WooPS.Core.Json;
using WooPS.Core.Resources;
using WooPS.Core.Resources.Coupons;
using WooPS.Core.Resources.Customers;
using WooPS.Core.Resources.Lookups;
using WooPS.Core.Resources.Writes;
using WooPS.FakeStore;
using WooPS.Tests.Support;

namespace WooPS.Tests.Writes
{
    /// <summary>
    /// Coupons and customers through the same model as the catalogue: their descriptors say how they are named
    /// (code, e-mail), whether they have a trash and what their fields take; nothing else was added for them.
    /// </summary>
    public class CouponAndCustomerWriteTests : StoreTests
    {
        public CouponAndCustomerWriteTests()
            : base(new FakeStoreOptions { Products = 30, Coupons = 3, Customers = 3 })
        {
        }

        private static WriteRow Row(WriteAction action, WooResource resource, object input, params (string Name, object? Value)[] fields)
        {
            var row = new WriteRow(action, resource, input);
            foreach ((string name, object? value) in fields)
            {
                row.Set(name, value);
            }

            return row;
        }

        private IEnumerable<RecordedRequest> Batches(string resource) =>
            Store.Requests.Where(r => r.Method == "POST" && r.PathAndQuery.EndsWith($"/{resource}/batch", StringComparison.Ordinal));

        [Fact]
        public async Task A_campaigns_coupons_go_100_to_a_batch_and_a_taken_code_or_a_bad_amount_fails_only_its_row()
        {
            using WooSession session = await ConnectAsync(Store.HttpsUrl, Store.Keys.ReadWrite);
            List<WriteRow> rows = Enumerable.Range(1, 250)
                .Select(i => Row(WriteAction.Create, WooResource.Coupons, i, ("code", $"XMAS-{i}"), ("discount_type", "percent"), ("amount", "10"), ("usage_limit", 1L)))
                .ToList();
            rows.Add(Row(WriteAction.Create, WooResource.Coupons, "taken", ("code", "SAVE001"), ("amount", "5")));
            rows.Add(Row(WriteAction.Create, WooResource.Coupons, "abc", ("code", "BAD-AMOUNT"), ("amount", "abc")));
            rows.Add(Row(WriteAction.Create, WooResource.Coupons, "no code", ("amount", "5")));

            WriteRun run = await WriteRunner.RunAsync(session, rows, Log);

            Assert.Equal(250, run.Rows.Count(row => row.Outcome == RowOutcome.Applied));
            Assert.Equal("xmas-1", run.Rows[0].Item!["code"]);
            Assert.Equal("woocommerce_rest_coupon_code_already_exists", run.Rows[250].Failure!.Code);
            Assert.Equal(WooErrorCodes.WrongInput.Code, run.Rows[251].Failure!.Code);
            Assert.Contains("amount is a number, not 'abc'", run.Rows[251].Failure!.Message);
            Assert.Contains("a new coupon needs a code", run.Rows[252].Failure!.Message);
            Assert.Equal(3, Batches("coupons").Count());
            Assert.DoesNotContain(Batches("coupons"), batch => batch.Body!.Contains("bad-amount", StringComparison.OrdinalIgnoreCase));
        }

        [Fact]
        public async Task A_coupon_is_named_by_its_code_in_any_case_goes_to_the_trash_and_is_found_there_to_delete_for_good()
        {
            using WooSession session = await ConnectAsync(Store.HttpsUrl, Store.Keys.ReadWrite);

            WriteRun changed = await WriteRunner.RunAsync(session, new[] { Row(WriteAction.Update, WooResource.Coupons, "SAVE001", ("amount", 15m)) }.Select(r => { r.Key = "SAVE001"; return r; }), Log, new WriteRunSettings { OnlyChanges = true });
            WriteRun trashed = await WriteRunner.RunAsync(session, new[] { new WriteRow(WriteAction.Delete, WooResource.Coupons, "save001") { Key = "save001" } }, Log);
            WriteRun again = await WriteRunner.RunAsync(session, new[] { new WriteRow(WriteAction.Delete, WooResource.Coupons, "save001") { Key = "save001" } }, Log);
            WriteRun gone = await WriteRunner.RunAsync(session, new[] { new WriteRow(WriteAction.Delete, WooResource.Coupons, "Save001") { Key = "Save001", Force = true } }, Log);

            Assert.Equal(15m, changed.Rows[0].Item!["amount"]);
            Assert.StartsWith("coupon ", changed.Rows[0].Label);
            Assert.EndsWith("'save001'", changed.Rows[0].Label);
            Assert.Equal(RowOutcome.Applied, trashed.Rows[0].Outcome);
            Assert.Single(Store.Requests, r => r.Method == "DELETE" && !r.PathAndQuery.Contains("force"));
            Assert.Equal(RowOutcome.Unchanged, again.Rows[0].Outcome);
            Assert.EndsWith("(in the trash)", again.Rows[0].Label);
            Assert.Equal(RowOutcome.Applied, gone.Rows[0].Outcome);
            Assert.Single(Batches("coupons"), batch => batch.Body!.Contains("\"delete\""));
            IReadOnlyList<FoundItem> after = await session.Resources.Items.FindAsync(new[] { ItemKey.ByKey(WooResource.Coupons, "save001") }, Log, default, new LookupOptions { InTrashToo = true });
            Assert.Equal(WooErrorCodes.CodeNotFound.Code, after[0].Failure!.Code);
        }

        [Fact]
        public async Task A_draft_coupon_which_the_code_filter_never_finds_is_found_by_a_search_for_its_code()
        {
            using WooSession session = await ConnectAsync(Store.HttpsUrl, Store.Keys.ReadWrite);
            await WriteRunner.RunAsync(session, new[] { Row(WriteAction.Create, WooResource.Coupons, "draft", ("code", "Draft-Ten"), ("status", "draft"), ("amount", "10")) }, Log);
            Store.ClearRequests();

            WriteRun run = await WriteRunner.RunAsync(session, new[] { Row(WriteAction.Update, WooResource.Coupons, "DRAFT-TEN", ("amount", "12")) }.Select(r => { r.Key = "DRAFT-TEN"; return r; }), Log);

            Assert.Equal(RowOutcome.Applied, run.Rows[0].Outcome);
            Assert.Equal(12m, run.Rows[0].Item!["amount"]);
            Assert.Contains(Store.Requests, r => r.PathAndQuery.Contains("code=draft-ten", StringComparison.OrdinalIgnoreCase));
            Assert.Contains(Store.Requests, r => r.PathAndQuery.Contains("search=DRAFT-TEN&status=any", StringComparison.OrdinalIgnoreCase));
        }

        [Fact]
        public async Task A_coupons_products_are_named_by_sku_and_its_categories_by_name()
        {
            using WooSession session = await ConnectAsync(Store.HttpsUrl, Store.Keys.ReadWrite);
            WooRecord product = (await ListAllAsync(session)).First(p => (string?)p["type"] == "simple");

            WriteRun run = await WriteRunner.RunAsync(session, new[]
            {
                Row(WriteAction.Create, WooResource.Coupons, "new", ("code", "Garden10"), ("product_ids", new ItemReferences(new[] { (string)product["sku"]! })), ("product_categories", new ItemReferences(new[] { "Home & Garden" })), ("email_restrictions", new object?[] { "Bob@Example.com" })),
                Row(WriteAction.Create, WooResource.Coupons, "unknown", ("code", "Nope10"), ("product_ids", new ItemReferences(new[] { "NO-SUCH-SKU" }))),
            }, Log);

            Assert.Equal(new object?[] { product.Id }, (object?[])run.Rows[0].Item!["product_ids"]!);
            Assert.Equal(new object?[] { 19L }, (object?[])run.Rows[0].Item!["product_categories"]!);
            Assert.Equal(new object?[] { "bob@example.com" }, (object?[])run.Rows[0].Item!["email_restrictions"]!);
            Assert.Equal(WooErrorCodes.SkuNotFound.Code, run.Rows[1].Failure!.Code);
        }

        [Fact]
        public async Task Customers_are_named_by_email_a_taken_one_fails_its_row_and_a_delete_is_for_good()
        {
            using WooSession session = await ConnectAsync(Store.HttpsUrl, Store.Keys.ReadWrite);

            WriteRun made = await WriteRunner.RunAsync(session, new[]
            {
                Row(WriteAction.Create, WooResource.Customers, "dave", ("email", "dave@example.com"), ("first_name", "Dave"), ("password", "S3cret-pw")),
                Row(WriteAction.Create, WooResource.Customers, "taken", ("email", "CUSTOMER1@example.com")),
                Row(WriteAction.Create, WooResource.Customers, "bad", ("email", "not an address")),
            }, Log);
            WriteRun changed = await WriteRunner.RunAsync(session, new[]
            {
                Row(WriteAction.Update, WooResource.Customers, "dave", ("last_name", "Smith")),
                Row(WriteAction.Update, WooResource.Customers, "rename", ("username", "davey")),
            }.Select(r => { r.Key = "dave@example.com"; return r; }), Log);
            WriteRun deleted = await WriteRunner.RunAsync(session, new[] { new WriteRow(WriteAction.Delete, WooResource.Customers, "dave") { Key = "dave@example.com", Force = true } }, Log);

            Assert.Equal(RowOutcome.Applied, made.Rows[0].Outcome);
            Assert.DoesNotContain("password", made.Rows[0].Ignored);
            Assert.Equal("registration-error-email-exists", made.Rows[1].Failure!.Code);
            Assert.Contains("email is an e-mail address, not 'not an address'", made.Rows[2].Failure!.Message);
            Assert.Equal("Smith", changed.Rows[0].Item!["last_name"]);
            Assert.Contains("username can be given only when the customer is made", changed.Rows[1].Failure!.Message);
            Assert.Equal(RowOutcome.Applied, deleted.Rows[0].Outcome);
            Assert.Single(Batches("customers"), batch => batch.Body!.Contains("\"delete\""));
            Assert.DoesNotContain(Store.Requests, r => r.Method == "DELETE");
        }

        [Fact]
        public async Task Coupons_and_customers_are_listed_through_the_same_pager()
        {
            using WooSession session = await ConnectAsync(Store.HttpsUrl, Store.Keys.ReadWrite);

            List<WooRecord> coupons = await ListAllAsync(session, WooResource.Coupons, new CouponQuery());
            List<WooRecord> customers = await ListAllAsync(session, WooResource.Customers, new CustomerQuery());
            List<WooRecord> everyone = await ListAllAsync(session, WooResource.Customers, new CustomerQuery { Role = "all" });

            Assert.NotEmpty(coupons);
            Assert.Equal(3, customers.Count);
            Assert.Equal(4, everyone.Count);
        }

        [Fact]
        public async Task A_customer_of_another_role_is_found_by_email_and_a_product_by_an_all_digit_sku()
        {
            using WooSession session = await ConnectAsync(Store.HttpsUrl, Store.Keys.ReadWrite);
            WooRecord product = (await ListAllAsync(session)).First(p => (string?)p["type"] == "simple");
            await WriteRunner.RunAsync(session, new[] { Row(WriteAction.Update, WooResource.Products, "ean", ("sku", "4006381333931")) }.Select(r => { r.Id = product.Id; return r; }), Log);

            IReadOnlyList<FoundItem> admin = await session.Resources.Items.FindAsync(new[] { ItemKey.ByKey(WooResource.Customers, "admin@example.com") }, Log, default);
            WriteRun coupon = await WriteRunner.RunAsync(session, new[]
            {
                Row(WriteAction.Create, WooResource.Coupons, "ean", ("code", "EAN10"), ("product_ids", new ItemReferences(new[] { "4006381333931" }))),
                Row(WriteAction.Create, WooResource.Coupons, "nothing", ("code", "NONE10"), ("product_ids", new ItemReferences(new[] { "999999999" }))),
            }, Log);

            Assert.Equal("administrator", admin[0].Item!["role"]);
            Assert.Equal(new object?[] { product.Id }, (object?[])coupon.Rows[0].Item!["product_ids"]!);
            Assert.Contains("No product has the id or the SKU '999999999'", coupon.Rows[1].Failure!.Message);
        }
    }
}
