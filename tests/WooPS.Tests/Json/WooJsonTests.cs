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
    }
}
