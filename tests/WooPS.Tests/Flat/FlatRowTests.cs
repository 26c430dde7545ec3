using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using WooPS.Core.Json;
using WooPS.Core.Resources;
using WooPS.Core.Resources.Fields;
using WooPS.Core.Resources.Flat;
using WooPS.Core.Resources.Writes;

namespace WooPS.Tests.Flat
{
    /// <summary>Items as flat rows for a spreadsheet, field by field, and the columns of such a row that a write takes back.</summary>
    public class FlatRowTests
    {
        private static WooRecord Read(string json) => WooJson.ToRecord(JsonDocument.Parse(Encoding.UTF8.GetBytes(json)).RootElement);

        private static Dictionary<string, object?> Cells(string json) => FlatRow.Flatten(Read(json)).ToDictionary(cell => cell.Key, cell => cell.Value);

        [Fact]
        public void A_product_has_its_category_and_tag_names_image_urls_and_attribute_options_in_one_cell_each()
        {
            Dictionary<string, object?> cells = Cells("""
                {"id":12,"sku":"TEE","categories":[{"id":16,"name":"Shirts","slug":"shirts"},{"id":21,"name":"Sale","slug":"sale"}],
                 "tags":[],"images":[{"id":5,"src":"https://shop.test/a.jpg"},{"id":6,"src":"https://shop.test/b.jpg"}],
                 "attributes":[{"id":1,"name":"Color","options":["Red","Blue"]},{"id":0,"name":"Fit","options":["Slim"]}],
                 "dimensions":{"length":"10","width":"5","height":""},"upsell_ids":[3,4],
                 "price_html":"<span>1</span>","meta_data":[{"key":"a","value":"b"}],"_links":{"self":[{"href":"x"}]}}
                """);

            Assert.Equal("Shirts; Sale", cells["categories"]);
            Assert.Equal(string.Empty, cells["tags"]);
            Assert.Equal("https://shop.test/a.jpg; https://shop.test/b.jpg", cells["images"]);
            Assert.Equal("Color: Red|Blue; Fit: Slim", cells["attributes"]);
            Assert.Equal("10", cells["dimensions_length"]);
            Assert.Equal("3; 4", cells["upsell_ids"]);
            Assert.Equal(12L, cells["id"]);
            Assert.DoesNotContain("price_html", cells.Keys);
            Assert.DoesNotContain("meta_data", cells.Keys);
            Assert.DoesNotContain("_links", cells.Keys);
            Assert.DoesNotContain("dimensions", cells.Keys);
        }

        [Fact]
        public void A_variation_names_one_option_per_attribute_and_its_image_by_url()
        {
            Dictionary<string, object?> cells = Cells("""
                {"id":18,"attributes":[{"id":1,"name":"Color","option":"Blue"},{"id":2,"name":"Size","option":"M"}],"image":{"id":7,"src":"https://shop.test/v.jpg"}}
                """);

            Assert.Equal("Color: Blue; Size: M", cells["attributes"]);
            Assert.Equal("https://shop.test/v.jpg", cells["image"]);
        }

        [Fact]
        public void An_order_sums_up_its_lines_and_spreads_its_addresses_over_one_column_per_part()
        {
            Dictionary<string, object?> cells = Cells("""
                {"id":28,"billing":{"first_name":"Alice","city":"Springfield","email":"a@example.com"},"shipping":{"first_name":"Bob","city":"Shelbyville"},
                 "line_items":[{"name":"Tee","sku":"TEE-B","quantity":2},{"name":"No SKU","sku":"","quantity":1}],
                 "shipping_lines":[{"method_title":"Flat rate","total":"10.00"}],"coupon_lines":[{"code":"save001"}],"shipping_total":"10.00"}
                """);

            Assert.Equal("2 x TEE-B; 1 x No SKU", cells["line_items"]);
            Assert.Equal("Flat rate: 10.00", cells["shipping_lines"]);
            Assert.Equal("save001", cells["coupon_lines"]);
            Assert.Equal("Alice", cells["billing_first_name"]);
            Assert.Equal("a@example.com", cells["billing_email"]);
            Assert.Equal("Shelbyville", cells["shipping_city"]);
            Assert.Equal(10.00m, cells["shipping_total"]);
            Assert.DoesNotContain("billing", cells.Keys);
        }

        [Fact]
        public void Summaries_are_never_written_back_and_plain_fields_are_no_summaries()
        {
            Assert.True(FlatRow.IsSummary("images"));
            Assert.True(FlatRow.IsSummary("line_items"));
            Assert.True(FlatRow.IsSummary("attributes"));
            Assert.False(FlatRow.IsSummary("categories"));
            Assert.False(FlatRow.IsSummary("regular_price"));
        }

        [Fact]
        public void Term_names_and_address_parts_are_written_back_where_the_resource_has_the_field()
        {
            IReadOnlyList<FieldValue> product = FlatRow.ReadBack(WooResource.Products.Fields, new Dictionary<string, string>
            {
                ["categories"] = "Shirts; Home, Garden ;",
                ["tags"] = "  ",
                ["dimensions_width"] = "7",
                ["images"] = "https://shop.test/a.jpg",
            });
            IReadOnlyList<FieldValue> order = FlatRow.ReadBack(WooResource.Orders.Fields, new Dictionary<string, string>
            {
                ["billing_city"] = "Springfield",
                ["billing_phone"] = "",
                ["shipping_address_1"] = "1 Main St",
                ["shipping_total"] = "10.00",
                ["categories"] = "Shirts",
            });

            Assert.Equal(new[] { "categories", "dimensions" }, product.Select(field => field.Name));
            Assert.Equal(new[] { "Shirts", "Home, Garden" }, ((ItemReferences)product[0].Value!).Given);
            Assert.Equal(new[] { new KeyValuePair<string, object?>("width", "7") }, (IEnumerable<KeyValuePair<string, object?>>)product[1].Value!);
            Assert.Equal(new[] { "billing", "shipping" }, order.Select(field => field.Name));
            Assert.Equal(new[] { new KeyValuePair<string, object?>("city", "Springfield") }, (IEnumerable<KeyValuePair<string, object?>>)order[0].Value!);
            Assert.True(FlatRow.WritesBack(WooResource.Customers.Fields, "shipping_postcode"));
            Assert.False(FlatRow.WritesBack(WooResource.Orders.Fields, "shipping_total"));
            Assert.False(FlatRow.WritesBack(WooResource.Variations.Fields, "categories"));
        }

        [Fact]
        public void A_description_exported_as_the_store_renders_it_compares_equal_to_the_text_it_keeps()
        {
            Assert.True(FieldComparison.Same("short_description", "<p>Short description 1</p>\n", "Short description 1"));
            Assert.True(FieldComparison.Same("description", "<p>Line one<br />\nLine two</p>\n", "Line one\nLine two"));
            Assert.False(FieldComparison.Same("description", "<p>Short description 2</p>\n", "Short description 1"));
            Assert.False(FieldComparison.Same("name", "<p>Tee</p>", "Tee"));
        }
    }
}
