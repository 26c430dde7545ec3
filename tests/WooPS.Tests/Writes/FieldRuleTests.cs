using System.Collections.Generic;
using System.Linq;
using WooPS.Core.Resources;

namespace WooPS.Tests.Writes
{
    /// <summary>The fields of every resource, defined once: their forms agree across resources, and the checks read values as the store would.</summary>
    public class FieldRuleTests
    {
        [Fact]
        public void A_field_name_has_one_form_in_every_resource_so_a_parameter_bound_to_it_reads_alike_everywhere()
        {
            // A variation's attribute values name its product's attributes; a product's attributes are their definitions.
            // An order's customer_note is what the customer wrote; a note's says it was e-mailed to the customer, and
            // no parameter binds it (Add-WooOrderNote -CustomerNote is a switch).
            var mixed = WooResource.All
                .SelectMany(resource => resource.Fields.Writable.Select(rule => (resource, rule)))
                .GroupBy(field => field.rule.Name)
                .Where(group => group.Key != "attributes" && group.Key != "customer_note" && group.Select(field => field.rule.Form).Distinct().Count() > 1)
                .Select(group => group.Key)
                .ToList();

            Assert.Empty(mixed);
        }

        [Theory]
        [InlineData("status", "Publish", "publish")]
        [InlineData("stock_quantity", " 12 ", 12L)]
        [InlineData("manage_stock", "TRUE", true)]
        [InlineData("manage_stock", "0", false)]
        public void A_value_is_taken_in_the_form_the_store_keeps(string field, object given, object expected)
        {
            (object? value, string? problem) = WooResource.Products.Fields.Check(field, given);

            Assert.Null(problem);
            Assert.Equal(expected, value);
        }

        [Theory]
        [InlineData("Products", "status", "bogus", "status is one of draft, pending, private, publish, future, not 'bogus'")]
        [InlineData("Variations", "status", "future", "status is one of draft, pending, private, publish, not 'future'")]
        [InlineData("Products", "stock_quantity", "4.5", "stock_quantity is a whole number, not '4.5'")]
        [InlineData("Products", "regular_price", "12,50", "regular_price is a number, not '12,50'")]
        [InlineData("Products", "sale_price", -1, "sale_price cannot be negative (-1)")]
        [InlineData("Coupons", "amount", "abc", "amount is a number, not 'abc'")]
        [InlineData("Coupons", "discount_type", "percentage", "discount_type is one of WooCommerce's own coupon types (percent, fixed_cart, fixed_product; the store's own list, with its plugins' coupon types, could not be read), not 'percentage'")]
        [InlineData("Customers", "email", "dave@", "email is an e-mail address, not 'dave@'")]
        public void A_value_the_store_would_refuse_or_spoil_is_refused(string resource, string field, object given, string problem)
        {
            var resources = new Dictionary<string, WooResource>
            {
                ["Products"] = WooResource.Products,
                ["Variations"] = WooResource.Variations,
                ["Coupons"] = WooResource.Coupons,
                ["Customers"] = WooResource.Customers,
            };

            Assert.Equal(problem, resources[resource].Fields.Check(field, given).Problem);
        }

        [Fact]
        public void Email_restrictions_are_kept_lower_cased_as_the_store_keeps_them()
        {
            (object? value, string? problem) = WooResource.Coupons.Fields.Check("email_restrictions", new object?[] { " Bob@Example.com" });

            Assert.Null(problem);
            Assert.Equal(new object?[] { "bob@example.com" }, value);
            Assert.Equal("email_restrictions is a list of e-mail addresses; 'bob' is none", WooResource.Coupons.Fields.Check("email_restrictions", "bob").Problem);
        }

        [Theory]
        [InlineData("a,b", "a SKU cannot hold a comma ('a,b')")]
        [InlineData("  ", "an empty SKU names nothing")]
        public void A_sku_that_could_never_name_an_item_is_refused(string sku, string problem) =>
            Assert.Equal(problem, NaturalKey.Sku.Problem(sku));
    }
}
