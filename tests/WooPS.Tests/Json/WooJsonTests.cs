using System;
using System.Text;
using System.Text.Json;
using WooPS.Core.Json;

namespace WooPS.Tests.Json
{
    public class WooJsonTests
    {
        private static WooRecord Read(string json)
        {
            using JsonDocument document = JsonDocument.Parse(Encoding.UTF8.GetBytes(json));
            return WooJson.ToRecord(document.RootElement);
        }

        [Fact]
        public void Money_strings_become_decimals_and_empty_money_becomes_null()
        {
            WooRecord product = Read("{\"price\":\"232.76\",\"regular_price\":\"\",\"sale_price\":\"19.5\",\"average_rating\":\"0.00\",\"weight\":\"\"}");

            Assert.Equal(232.76m, product["price"]);
            Assert.Null(product["regular_price"]);
            Assert.Equal(19.5m, product["sale_price"]);
            Assert.Equal("0.00", product["average_rating"]);
            Assert.Equal(string.Empty, product["weight"]);
        }

        [Fact]
        public void Dates_become_DateTime_with_gmt_twins_in_UTC_and_unset_dates_null()
        {
            WooRecord product = Read("{\"date_created\":\"2026-11-27T22:46:10\",\"date_created_gmt\":\"2026-11-27T21:46:10\",\"date_on_sale_from\":null}");

            var local = Assert.IsType<DateTime>(product["date_created"]);
            var utc = Assert.IsType<DateTime>(product["date_created_gmt"]);
            Assert.Equal(new DateTime(2026, 11, 27, 22, 46, 10), local);
            Assert.Equal(DateTimeKind.Unspecified, local.Kind);
            Assert.Equal(DateTimeKind.Utc, utc.Kind);
            Assert.Null(product["date_on_sale_from"]);
        }

        [Fact]
        public void Keeps_the_stores_field_order_names_and_nested_shapes()
        {
            WooRecord product = Read("{\"id\":16,\"name\":\"Tee\",\"dimensions\":{\"length\":\"\"},\"categories\":[{\"id\":21}],\"variations\":[329,330],\"stock_quantity\":null,\"on_sale\":false}");

            Assert.Equal(new[] { "id", "name", "dimensions", "categories", "variations", "stock_quantity", "on_sale" }, System.Linq.Enumerable.Select(product, f => f.Key));
            Assert.Equal(16L, product.Id);
            Assert.IsType<WooRecord>(product["dimensions"]);
            Assert.Equal(21L, Assert.IsType<WooRecord>(Assert.IsType<object?[]>(product["categories"])[0])["id"]);
            Assert.Equal(new object[] { 329L, 330L }, product["variations"]);
            Assert.Equal(false, product["on_sale"]);
        }

        [Fact]
        public void Reads_WooCommerce_error_bodies_and_nothing_else()
        {
            Assert.True(WooJson.TryReadError(Encoding.UTF8.GetBytes("{\"code\":\"woocommerce_rest_product_invalid_id\",\"message\":\"Invalid ID.\",\"data\":{\"status\":404}}"), out string code, out string message));
            Assert.Equal("woocommerce_rest_product_invalid_id", code);
            Assert.Equal("Invalid ID.", message);
            Assert.False(WooJson.TryReadError(Encoding.UTF8.GetBytes("<html>Bad gateway</html>"), out _, out _));
            Assert.False(WooJson.TryReadError(Encoding.UTF8.GetBytes("[]"), out _, out _));
        }
    
        [Fact]
        public void A_lone_surrogate_in_a_name_becomes_the_replacement_character_and_the_rest_reads()
        {
            WooRecord product = Read("{\"id\":11,\"name\":\"Broken \\ud83d Name\",\"sku\":\"A\\u00e9\\ud83d\\ude00\"}");

            Assert.Equal("Broken \uFFFD Name", product["name"]);
            Assert.Equal("A\u00e9\ud83d\ude00", product["sku"]);
            Assert.Equal(11L, product.Id);
        }

        [Fact]
        public void A_number_too_large_for_dotnet_stays_text()
        {
            WooRecord record = Read("{\"huge\":1e400,\"stock_quantity\":3}");

            Assert.Equal("1e400", record["huge"]);
            Assert.Equal(3L, record["stock_quantity"]);
        }

        [Fact]
        public void Items_of_a_list_that_are_not_objects_are_told_apart_and_the_others_read()
        {
            using JsonDocument document = JsonDocument.Parse("[{\"id\":1},false,{\"id\":3},\"x\"]");

            (var records, var unreadable) = WooJson.ToRecords(document.RootElement);

            Assert.Equal(new long?[] { 1, 3 }, System.Linq.Enumerable.Select(records, r => r.Id));
            Assert.Equal(new[] { "item 2 is false, not an object", "item 4 is a string, not an object" }, unreadable);
        }
    }
}
