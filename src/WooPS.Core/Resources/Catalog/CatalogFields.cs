using System.Collections.Generic;
using System.Linq;
using WooPS.Core.Resources.Fields;

namespace WooPS.Core.Resources.Catalog
{
    /// <summary>The fields of products, variations, categories and tags, as WooCommerce 10's schema has them (captures 33, 55, 57, 58).</summary>
    internal static class CatalogFields
    {
        private static readonly string[] Statuses = { "draft", "pending", "private", "publish", "future" };

        /// <summary>Names people give a column that the store calls otherwise.</summary>
        private static readonly Dictionary<string, string> OtherNames = new Dictionary<string, string>
        {
            ["price"] = "regular_price (price is what the store works out from the regular and sale prices; it cannot be written)",
            ["stock"] = "stock_quantity",
            ["qty"] = "stock_quantity",
            ["quantity"] = "stock_quantity",
            ["stock_qty"] = "stock_quantity",
            ["sale"] = "sale_price",
            ["title"] = "name",
            ["category"] = "Category (several separated by ';')",
            ["categories"] = "Category (several separated by ';')",
            ["tags"] = "Tag (several separated by ';')",
            ["in_stock"] = "stock_status (instock, outofstock or onbackorder)",
        };

        /// <summary>What products and variations share.</summary>
        private static IEnumerable<FieldRule> ItemRules() => new[]
        {
            FieldRule.Text("sku"),
            FieldRule.Amount("regular_price"),
            FieldRule.Amount("sale_price"),
            FieldRule.Date("date_on_sale_from"),
            FieldRule.Date("date_on_sale_from_gmt"),
            FieldRule.Date("date_on_sale_to"),
            FieldRule.Date("date_on_sale_to_gmt"),
            FieldRule.Whole("stock_quantity"),
            FieldRule.Flag("manage_stock"),
            FieldRule.Choice("stock_status", "instock", "outofstock", "onbackorder"),
            FieldRule.Choice("backorders", "no", "notify", "yes"),
            FieldRule.Choice("status", Statuses),
            FieldRule.ClearableText("description"),
            FieldRule.NumberText("weight"),
            FieldRule.Structure("dimensions"),
            FieldRule.Choice("tax_status", "taxable", "shipping", "none"),
            FieldRule.Text("tax_class"),
            FieldRule.Text("shipping_class"),
            FieldRule.Whole("menu_order"),
            FieldRule.Whole("low_stock_amount"),
            FieldRule.Whole("download_limit"),
            FieldRule.Whole("download_expiry"),
            FieldRule.Flag("virtual"),
            FieldRule.Flag("downloadable"),
            FieldRule.Structure("downloads"),
            FieldRule.Structure("meta_data"),
            FieldRule.Text("global_unique_id"),
        };

        private static readonly string[] ItemReadOnly =
        {
            "id", "permalink", "date_created", "date_created_gmt", "date_modified", "date_modified_gmt", "price", "on_sale",
            "purchasable", "backorders_allowed", "backordered", "shipping_class_id", "_links",
        };

        public static FieldSet Product { get; } = new FieldSet(
            ItemRules().Concat(new[]
            {
                FieldRule.Text("name"),
                FieldRule.Text("slug"),
                FieldRule.Choice("type", "simple", "grouped", "external", "variable"),
                FieldRule.Flag("featured"),
                FieldRule.Choice("catalog_visibility", "visible", "catalog", "search", "hidden"),
                FieldRule.ClearableText("short_description"),
                FieldRule.TermObjects("categories", WooResource.Categories),
                FieldRule.TermObjects("tags", WooResource.Tags),
                FieldRule.Flag("sold_individually"),
                FieldRule.Flag("reviews_allowed"),
                FieldRule.Whole("parent_id"),
                FieldRule.ClearableText("purchase_note"),
                FieldRule.Text("external_url"),
                FieldRule.Text("button_text"),
                FieldRule.Structure("images"),
                FieldRule.Structure("attributes"),
                FieldRule.Structure("default_attributes"),
                FieldRule.Structure("upsell_ids"),
                FieldRule.Structure("cross_sell_ids"),
                FieldRule.Structure("grouped_products"),
                FieldRule.Text("post_password"),
            }),
            ItemReadOnly.Concat(new[]
            {
                "total_sales", "shipping_required", "shipping_taxable", "average_rating", "rating_count", "related_ids", "variations",
                "price_html", "has_options", "permalink_template", "generated_slug", "brands",
            }),
            OtherNames);

        public static FieldSet Variation { get; } = new FieldSet(
            ItemRules()
                .Select(rule => rule.Name == "status" ? rule.WithChoices("draft", "pending", "private", "publish") : rule)
                .Concat(new[] { FieldRule.AttributeChoices("attributes"), FieldRule.Structure("image") }),
            ItemReadOnly.Concat(new[] { "type", "name", "parent_id" }),
            OtherNames);

        public static FieldSet Category { get; } = new FieldSet(
            TermRules().Concat(new[]
            {
                FieldRule.TermId("parent", WooResource.Categories),
                FieldRule.Choice("display", "default", "products", "subcategories", "both"),
                FieldRule.Whole("menu_order"),
                FieldRule.Structure("image"),
            }),
            new[] { "id", "count", "_links" },
            required: new[] { "name" });

        /// <summary>A global attribute, as WooCommerce's attribute schema has it: WooPS writes none, so all its fields are the store's.</summary>
        public static FieldSet Attribute { get; } = new FieldSet(new FieldRule[0], new[] { "id", "name", "slug", "type", "order_by", "has_archives", "_links" });

        /// <summary>A term of a global attribute, as WooCommerce's term schema has it: WooPS writes none.</summary>
        public static FieldSet AttributeTerm { get; } = new FieldSet(new FieldRule[0], new[] { "id", "name", "slug", "description", "menu_order", "count", "_links" });

        public static FieldSet Tag { get; } = new FieldSet(TermRules(), new[] { "id", "count", "_links" }, required: new[] { "name" });

        private static IEnumerable<FieldRule> TermRules() => new[]
        {
            FieldRule.Text("name"),
            FieldRule.Text("slug"),
            FieldRule.ClearableText("description"),
        };
    }
}
