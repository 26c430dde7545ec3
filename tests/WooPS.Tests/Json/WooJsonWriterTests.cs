using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Threading;
using WooPS.Core.Json;

namespace WooPS.Tests.Json
{
    /// <summary>The writer sends what the reader reads back: one set of field rules for both ways.</summary>
    public class WooJsonWriterTests
    {
        private static string Write(params (string Name, object? Value)[] fields)
        {
            var pairs = new List<KeyValuePair<string, object?>>();
            foreach ((string name, object? value) in fields)
            {
                pairs.Add(new KeyValuePair<string, object?>(name, value));
            }

            return Encoding.UTF8.GetString(WooJsonWriter.Write(pairs));
        }

        [Theory]
        [InlineData("de-DE")]
        [InlineData("fr-FR")]
        [InlineData("en-US")]
        public void Money_weight_and_dimensions_go_as_invariant_strings_whatever_the_culture(string culture)
        {
            CultureInfo saved = CultureInfo.CurrentCulture;
            try
            {
                CultureInfo.CurrentCulture = new CultureInfo(culture);

                string json = Write(("regular_price", 1234.5m), ("sale_price", 0.1), ("weight", 2.25m), ("stock_quantity", 12), ("menu_order", 3.5m));

                Assert.Equal("{\"regular_price\":\"1234.5\",\"sale_price\":\"0.1\",\"weight\":\"2.25\",\"stock_quantity\":12,\"menu_order\":3.5}", json);
            }
            finally
            {
                CultureInfo.CurrentCulture = saved;
            }
        }

        [Fact]
        public void Null_money_and_dates_go_as_empty_strings_which_clear_them_and_other_nulls_as_null()
        {
            Assert.Equal(
                "{\"sale_price\":\"\",\"date_on_sale_from\":\"\",\"stock_quantity\":null}",
                Write(("sale_price", null), ("date_on_sale_from", null), ("stock_quantity", null)));
        }

        [Fact]
        public void Dates_go_in_the_form_WooCommerce_reads_site_time_as_given_and_other_times_with_their_offset()
        {
            var site = new DateTime(2026, 12, 24, 9, 30, 0, DateTimeKind.Unspecified);
            var utc = new DateTime(2026, 12, 24, 9, 30, 0, DateTimeKind.Utc);
            var offset = new DateTimeOffset(2026, 12, 24, 9, 30, 0, TimeSpan.FromHours(2));

            string json = Write(("date_on_sale_from", site), ("date_on_sale_to", utc), ("date_on_sale_from_gmt", offset), ("date_created", offset));

            Assert.Equal("{\"date_on_sale_from\":\"2026-12-24T09:30:00\",\"date_on_sale_to\":\"2026-12-24T09:30:00+00:00\",\"date_on_sale_from_gmt\":\"2026-12-24T07:30:00\",\"date_created\":\"2026-12-24T09:30:00+02:00\"}", json);
        }

        [Fact]
        public void A_record_read_from_the_store_writes_back_as_the_store_sent_it()
        {
            const string sent = "{\"id\":42,\"name\":\"Tee & Co\",\"regular_price\":\"19.90\",\"sale_price\":\"\",\"date_on_sale_from\":\"2026-12-24T09:30:00\",\"date_on_sale_from_gmt\":\"2026-12-24T08:30:00\",\"on_sale\":false,\"categories\":[{\"id\":16,\"name\":\"Clothing\"}],\"meta_data\":[{\"key\":\"_x\",\"value\":null}]}";
            using JsonDocument document = JsonDocument.Parse(sent);
            WooRecord record = WooJson.ToRecord(document.RootElement);

            string written = Encoding.UTF8.GetString(WooJsonWriter.Write(record));

            Assert.Equal(sent, written);
        }

        [Fact]
        public void Hashtables_lists_and_nested_records_become_objects_and_arrays()
        {
            var meta = new Hashtable { ["key"] = "colour" };
            string json = Write(("categories", new object[] { new Dictionary<string, object?> { ["id"] = 16L } }), ("meta_data", new ArrayList { meta }), ("tags", new List<long> { 1, 2 }));

            Assert.Equal("{\"categories\":[{\"id\":16}],\"meta_data\":[{\"key\":\"colour\"}],\"tags\":[1,2]}", json);
        }

        [Fact]
        public void A_value_that_is_not_data_is_refused_naming_the_field()
        {
            var failure = Assert.Throws<ArgumentException>(() => Write(("name", new Thread(() => { }))));
            Assert.Contains("'name'", failure.Message);
            Assert.Throws<ArgumentException>(() => Write(("price", double.NaN)));
        }
    }
}
