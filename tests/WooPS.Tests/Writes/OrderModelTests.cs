using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using WooPS.Core.Http;
using WooPS.Core.Json;
using WooPS.Core.Resources;
using WooPS.Core.Resources.Orders;

namespace WooPS.Tests.Writes
{
    /// <summary>Orders in the one model: statuses each store defines, money in every line, filters, notes that name their order.</summary>
    public class OrderModelTests
    {
        private static readonly string[] StoreStatuses = { "pending", "processing", "on-hold", "completed", "cancelled", "refunded", "failed", "checkout-draft", "awaiting-shipment" };

        [Theory]
        [InlineData("Completed", "completed")]
        [InlineData(" awaiting-shipment ", "awaiting-shipment")]
        public void A_status_the_store_knows_is_taken_in_its_own_case_plugins_statuses_included(string given, string sent)
        {
            (object? value, string? problem) = WooResource.Orders.Fields.Check("status", given, StoreStatuses);

            Assert.Null(problem);
            Assert.Equal(sent, value);
        }

        [Fact]
        public void A_status_the_store_does_not_know_is_refused_naming_the_stores_statuses()
        {
            (_, string? problem) = WooResource.Orders.Fields.Check("status", "shipped", StoreStatuses);

            Assert.Equal("status is one of the order statuses this store knows (pending, processing, on-hold, completed, cancelled, refunded, failed, checkout-draft, awaiting-shipment), not 'shipped'", problem);
        }

        [Fact]
        public void Without_the_stores_list_only_WooCommerces_own_statuses_pass_and_the_message_says_why()
        {
            (_, string? plugin) = WooResource.Orders.Fields.Check("status", "awaiting-shipment");
            (object? core, string? none) = WooResource.Orders.Fields.Check("status", "On-Hold");

            Assert.Contains("WooCommerce's own order statuses (pending, processing, on-hold, completed, cancelled, refunded, failed, checkout-draft; the store's own list, with its plugins' order statuses, could not be read)", plugin);
            Assert.Null(none);
            Assert.Equal("on-hold", core);
        }

        [Fact]
        public void Money_in_every_line_of_an_order_is_decimal_also_a_price_sent_as_a_php_float()
        {
            WooRecord order = WooJson.ToRecord(JsonDocument.Parse(
                "{\"total\":\"65.93\",\"line_items\":[{\"price\":17,\"total\":\"34.00\",\"taxes\":[{\"id\":1,\"total\":\"1.50\"}]},{\"price\":17.49},{\"price\":23.069999999999997}]," +
                "\"tax_lines\":[{\"tax_total\":\"1.50\",\"shipping_tax_total\":\"0.00\",\"rate_percent\":5}],\"coupon_lines\":[{\"discount\":\"5.00\"}],\"refunds\":[{\"total\":\"-5.00\"}]}").RootElement);

            var lines = (object?[])order["line_items"]!;
            var first = (WooRecord)lines[0]!;
            Assert.Equal(65.93m, order["total"]);
            Assert.Equal(17m, first["price"]);
            Assert.Equal(17.49m, ((WooRecord)lines[1]!)["price"]);
            Assert.Equal(23.07m, ((WooRecord)lines[2]!)["price"]);
            Assert.Equal(1.50m, ((WooRecord)((object?[])first["taxes"]!)[0]!)["total"]);
            Assert.Equal(1.50m, ((WooRecord)((object?[])order["tax_lines"]!)[0]!)["tax_total"]);
            Assert.Equal(5L, ((WooRecord)((object?[])order["tax_lines"]!)[0]!)["rate_percent"]);
            Assert.Equal(5.00m, ((WooRecord)((object?[])order["coupon_lines"]!)[0]!)["discount"]);
            Assert.Equal(-5.00m, ((WooRecord)((object?[])order["refunds"]!)[0]!)["total"]);
        }

        [Fact]
        public void Several_statuses_go_as_one_comma_list_and_dates_in_utc()
        {
            var request = new WooRequest(HttpMethod.Get, "orders");
            new OrderQuery
            {
                Status = new[] { "processing", "on-hold" },
                CreatedBefore = new DateTime(2026, 12, 1, 8, 30, 0, DateTimeKind.Utc),
                Customer = 0,
                Product = 10,
            }.AddTo(request);

            Dictionary<string, string> query = request.Query.ToDictionary(pair => pair.Key, pair => pair.Value);
            Assert.Equal("processing,on-hold", query["status"]);
            Assert.Equal("2026-12-01T08:30:00", query["before"]);
            Assert.Equal("true", query["dates_are_gmt"]);
            Assert.Equal("0", query["customer"]);
            Assert.Equal("10", query["product"]);
            Assert.False(query.ContainsKey("after"));
        }

        [Fact]
        public void A_note_read_through_its_order_names_the_order_which_the_store_leaves_out()
        {
            WooRecord note = WooResource.OrderNotes.Of(2076).Decode(WooJson.ToRecord(JsonDocument.Parse(
                "{\"id\":11,\"note\":\"Stock levels reduced: Handmade Tee 030 (RW-SIMPLE-030) 35&rarr;34\",\"customer_note\":false}").RootElement));

            Assert.Equal(2076L, note["order_id"]);
            Assert.Equal("Stock levels reduced: Handmade Tee 030 (RW-SIMPLE-030) 35\u219234", note["note"]);
        }

        [Fact]
        public void Notes_have_no_trash_and_no_batch_route_orders_have_both()
        {
            Assert.False(WooResource.OrderNotes.HasTrash);
            Assert.False(WooResource.OrderNotes.HasBatch);
            Assert.True(WooResource.Orders.HasTrash);
            Assert.True(WooResource.Orders.HasBatch);
            Assert.Equal("WooPS.OrderLineItem", WooResource.Orders.PartTypeName("line_items"));
            Assert.Null(WooResource.Orders.PartTypeName("billing"));
        }
    }
}
