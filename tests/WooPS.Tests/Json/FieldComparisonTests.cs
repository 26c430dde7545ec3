using System;
using System.Collections.Generic;
using System.Text;
using WooPS.Core.Json;
using WooPS.Core.Resources.Fields;

namespace WooPS.Tests.Json
{
    /// <summary>When a value to write leaves a field as the store has it.</summary>
    public class FieldComparisonTests
    {
        private static WooRecord Stored(string json) => WooJson.ToRecord(System.Text.Json.JsonDocument.Parse(Encoding.UTF8.GetBytes(json)).RootElement);

        private static KeyValuePair<string, object?> Field(string name, object? value) => new KeyValuePair<string, object?>(name, value);

        [Theory]
        [InlineData("regular_price", "{\"regular_price\":\"12.50\"}", 12.5, true)]
        [InlineData("regular_price", "{\"regular_price\":\"12.50\"}", 12.51, false)]
        [InlineData("weight", "{\"weight\":\"0.5\"}", 0.50, true)]
        [InlineData("stock_quantity", "{\"stock_quantity\":7}", 7, true)]
        [InlineData("stock_quantity", "{\"stock_quantity\":null}", 0, false)]
        public void Numbers_compare_by_value(string name, string json, double given, bool same) =>
            Assert.Equal(same, FieldComparison.Same(name, (decimal)given, Stored(json)[name]));

        [Fact]
        public void Null_and_empty_are_both_unset()
        {
            WooRecord stored = Stored("{\"sale_price\":\"\",\"date_on_sale_from\":null,\"description\":\"\",\"name\":\"Tee\"}");

            Assert.True(FieldComparison.Same("sale_price", null, stored["sale_price"]));
            Assert.True(FieldComparison.Same("date_on_sale_from", "", stored["date_on_sale_from"]));
            Assert.True(FieldComparison.Same("description", "", stored["description"]));
            Assert.False(FieldComparison.Same("name", "", stored["name"]));
            Assert.False(FieldComparison.Same("name", "tee", stored["name"]));
        }

        [Fact]
        public void Dates_compare_as_the_site_time_they_read()
        {
            WooRecord stored = Stored("{\"date_on_sale_from\":\"2026-12-24T00:00:00\"}");

            Assert.True(FieldComparison.Same("date_on_sale_from", new DateTime(2026, 12, 24), stored["date_on_sale_from"]));
            Assert.False(FieldComparison.Same("date_on_sale_from", new DateTime(2026, 12, 24, 0, 0, 0, DateTimeKind.Utc), stored["date_on_sale_from"]));
        }

        [Fact]
        public void Terms_compare_by_id_in_any_order_and_meta_data_by_key()
        {
            WooRecord stored = Stored("{\"categories\":[{\"id\":16,\"name\":\"Clothing\"},{\"id\":19,\"name\":\"Home\"}],\"meta_data\":[{\"id\":5,\"key\":\"erp\",\"value\":\"77\"},{\"id\":6,\"key\":\"x\",\"value\":\"y\"}]}");
            object ids(params long[] values) => Array.ConvertAll(values, id => (object)new[] { Field("id", id) });

            Assert.True(FieldComparison.Same("categories", ids(19, 16), stored["categories"]));
            Assert.False(FieldComparison.Same("categories", ids(19), stored["categories"]));
            Assert.True(FieldComparison.Same("meta_data", new object[] { new[] { Field("key", "erp"), Field("value", "77") } }, stored["meta_data"]));
            Assert.False(FieldComparison.Same("meta_data", new object[] { new[] { Field("key", "erp"), Field("value", "78") } }, stored["meta_data"]));
            Assert.False(FieldComparison.Same("meta_data", new object[] { new[] { Field("key", "new"), Field("value", "1") } }, stored["meta_data"]));
        }
    }
}
