using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Specialized;
using System.Linq;
using System.Text;
using WooPS.Core;
using WooPS.Tests.Support;

namespace WooPS.Tests.Requests
{
    /// <summary>Bodies written by WooPS's JSON writer (WooCommerce's rules per field), or JSON text checked and sent as it is.</summary>
    public class RequestBodyTests
    {
        private const string Store = "https://shop.example";

        [Fact]
        public void Fields_are_written_by_WooCommerce_s_rules_money_as_text_and_dates_as_the_store_reads_them()
        {
            var fields = new OrderedDictionary
            {
                ["name"] = "Tee & Co",
                ["regular_price"] = 19.9,
                ["stock_quantity"] = 7,
                ["manage_stock"] = true,
                ["date_on_sale_from"] = new DateTime(2026, 12, 24, 0, 0, 0, DateTimeKind.Unspecified),
                ["sale_price"] = null,
                ["categories"] = new object[] { new Hashtable { ["id"] = 9 } },
            };

            Assert.Equal(
                "{\"name\":\"Tee & Co\",\"regular_price\":\"19.9\",\"stock_quantity\":7,\"manage_stock\":true,\"date_on_sale_from\":\"2026-12-24T00:00:00\",\"sale_price\":\"\",\"categories\":[{\"id\":9}]}",
                BodyOf("PUT", fields));
        }

        [Fact]
        public void Name_value_pairs_an_array_and_JSON_text_are_bodies_too()
        {
            var pairs = new List<KeyValuePair<string, object?>> { new KeyValuePair<string, object?>("amount", 15m) };
            var list = new object[] { new Hashtable { ["sku"] = "A" }, "x", 3 };
            const string Json = "{ \"create\": [ { \"name\": \"Ünïcode\" } ] }";

            Assert.Equal("{\"amount\":\"15\"}", BodyOf("POST", pairs));
            Assert.Equal("[{\"sku\":\"A\"},\"x\",3]", BodyOf("POST", list));
            // Sent as given, white space and all.
            Assert.Equal(Json, BodyOf("POST", Json));
        }

        [Theory]
        [InlineData("{\"name\": ")]
        [InlineData("name=Tee")]
        public void Text_that_is_not_JSON_is_refused_before_anything_is_sent(string text)
        {
            WooApiException refused = Assert.Throws<WooApiException>(() => OfflineSession.Prepare(Store, "POST", "products", body: text));

            Assert.Equal("woops_wrong_input", refused.Code);
            Assert.StartsWith("The body is text that is not JSON", refused.Message);
            Assert.Equal("products", refused.Target);
        }

        [Theory]
        [InlineData("GET")]
        [InlineData("HEAD")]
        public void A_body_with_a_read_is_refused(string method)
        {
            WooApiException refused = Assert.Throws<WooApiException>(() => OfflineSession.Prepare(Store, method, "products", body: new Hashtable { ["a"] = 1 }));

            Assert.Contains($"A {method} request has no body", refused.Message);
        }

        [Fact]
        public void A_value_no_body_can_be_is_refused_naming_it()
        {
            WooApiException scalar = Assert.Throws<WooApiException>(() => OfflineSession.Prepare(Store, "POST", "products", body: 42));
            WooApiException field = Assert.Throws<WooApiException>(() => OfflineSession.Prepare(Store, "POST", "products", body: new Hashtable { ["when"] = TimeSpan.FromHours(1) }));

            Assert.Contains("System.Int32", scalar.Message);
            Assert.Contains("'when'", field.Message);
        }

        [Fact]
        public void Methods_are_the_six_WooPS_sends_in_any_case()
        {
            Assert.Equal(new[] { "GET", "HEAD", "POST", "PUT", "PATCH", "DELETE" }, new[] { "get", "Head", "POST", "put", "Patch", "delete" }.Select(m => OfflineSession.Prepare(Store, m, "products").Method));
            Assert.Contains("'TRACE' is not a method", Assert.Throws<WooApiException>(() => OfflineSession.Prepare(Store, "TRACE", "products")).Message);
        }

        private static string BodyOf(string method, object body) => Encoding.UTF8.GetString(OfflineSession.Prepare(Store, method, "products/12", body: body).Body!);
    }
}
