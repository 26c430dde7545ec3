using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;

namespace WooPS.FakeStore.Catalog;

/// <summary>
/// Renders products and variations field for field like WooCommerce 10 (captures 06, 06b, 08):
/// same names, same order, same JSON types. Addresses use the origin the request is judged as. The
/// edit context differs as in captures 23 and 33: texts (description, short description, purchase
/// note) as stored, the rating unformatted, and permalink_template and generated_slug added; name,
/// prices and everything else read the same in both.
/// </summary>
internal static class ProductJson
{
    private const string ApiPath = "/wp-json/wc/v3/products";

    /// <param name="variations">A variable product's variations (its price range and variations); none for other items.</param>
    /// <param name="parent">A variation's product, when the products routes show a variation (capture 56): it inherits from it.</param>
    public static JsonObject Product(Product product, IReadOnlyList<Product> variations, string origin, JsonContext context, Product? parent = null)
    {
        (string price, string priceHtml, bool onSale) = Pricing(product, variations);
        bool managed = product.ManageStock;
        bool edit = context == JsonContext.Edit;
        string taxStatus = TaxStatus(product, parent);
        var json = new JsonObject
        {
            ["id"] = product.Id,
            ["name"] = product.Name,
            ["slug"] = product.Slug,
            ["permalink"] = $"{origin}/product/{product.Slug}/",
            ["date_created"] = Date(product.DateCreated),
            ["date_created_gmt"] = Date(product.DateCreatedGmt),
            ["date_modified"] = Date(product.DateModified),
            ["date_modified_gmt"] = Date(product.DateModifiedGmt),
            ["type"] = product.Type,
            ["status"] = product.Status,
            ["featured"] = product.Featured,
            ["catalog_visibility"] = product.CatalogVisibility,
            ["description"] = edit ? product.Description : Wpautop.Apply(product.Description),
            ["short_description"] = edit ? product.ShortDescription : Wpautop.Apply(product.ShortDescription),
            ["sku"] = product.Sku,
            ["price"] = price,
            ["regular_price"] = product.Type == "variable" ? "" : product.RegularPrice,
            ["sale_price"] = product.Type == "variable" ? "" : product.SalePrice,
            ["date_on_sale_from"] = Date(product.DateOnSaleFrom),
            ["date_on_sale_from_gmt"] = GmtDate(product.DateOnSaleFrom),
            ["date_on_sale_to"] = Date(product.DateOnSaleTo),
            ["date_on_sale_to_gmt"] = GmtDate(product.DateOnSaleTo),
            ["on_sale"] = onSale,
            ["purchasable"] = price.Length > 0,
            ["total_sales"] = product.TotalSales,
            ["virtual"] = product.Virtual,
            ["downloadable"] = product.Downloadable,
            ["downloads"] = new JsonArray(),
            ["download_limit"] = -1,
            ["download_expiry"] = -1,
            ["external_url"] = "",
            ["button_text"] = "",
            ["tax_status"] = taxStatus,
            ["tax_class"] = TaxClass(product, parent, context),
            ["manage_stock"] = managed,
            ["stock_quantity"] = managed ? product.StockQuantity : null,
            ["backorders"] = product.Backorders,
            ["backorders_allowed"] = product.BackordersAllowed,
            ["backordered"] = product.OnBackorder,
            ["low_stock_amount"] = null,
            ["sold_individually"] = product.SoldIndividually,
            ["weight"] = product.Weight,
            ["dimensions"] = Dimensions(product),
            // needs_shipping and is_shipping_taxable: a virtual product ships nothing.
            ["shipping_required"] = !product.Virtual,
            ["shipping_taxable"] = !product.Virtual && taxStatus is "taxable" or "shipping",
            ["shipping_class"] = "",
            ["shipping_class_id"] = 0,
            ["reviews_allowed"] = product.ReviewsAllowed,
            // wc_format_decimal( …, 2 ) in the view context only.
            ["average_rating"] = edit ? "0" : "0.00",
            ["rating_count"] = 0,
            ["upsell_ids"] = new JsonArray(),
            ["cross_sell_ids"] = new JsonArray(),
            ["parent_id"] = product.ParentId,
            ["purchase_note"] = edit ? product.PurchaseNote : Wpautop.Apply(product.PurchaseNote),
            ["categories"] = TermReferences(product.Categories),
            ["brands"] = new JsonArray(),
            ["tags"] = TermReferences(product.Tags),
            ["images"] = new JsonArray(),
            ["attributes"] = ParentAttributes(variations),
            ["default_attributes"] = new JsonArray(),
            ["variations"] = new JsonArray(variations.Select(variation => (JsonNode?)variation.Id).ToArray()),
            ["grouped_products"] = new JsonArray(),
            ["menu_order"] = product.MenuOrder,
            ["price_html"] = priceHtml,
            ["related_ids"] = new JsonArray(product.RelatedIds.Select(id => (JsonNode?)id).ToArray()),
            ["meta_data"] = MetaFields.Json(product.MetaData),
            ["stock_status"] = product.StockStatus,
            ["has_options"] = product.Type == "variable",
            ["post_password"] = "",
            ["global_unique_id"] = "",
        };
        if (edit)
        {
            // get_sample_permalink: the address with a placeholder for the slug, and the slug.
            json["permalink_template"] = $"{origin}/product/%pagename%/";
            json["generated_slug"] = product.Slug;
        }
        json["_links"] = ResourceLinks.Create($"{origin}{ApiPath}/{product.Id}", $"{origin}{ApiPath}", up: null);
        return json;
    }

    /// <summary>
    /// A variation as the variations controller renders it (captures 08, 23c, 55). Its description is
    /// formatted in either context (wc_format_content, whatever the context: WooCommerce's source, no
    /// capture shows a variation with a description); the edit context differs only in tax_class.
    /// </summary>
    public static JsonObject Variation(Product variation, Product parent, string origin, JsonContext context)
    {
        string query = string.Join("&", variation.Choices.Select(choice =>
            $"attribute_{choice.Slug}={choice.Option.ToLowerInvariant()}"));
        string collection = $"{origin}{ApiPath}/{parent.Id}/variations";
        bool managed = variation.ManageStock;
        return new JsonObject
        {
            ["id"] = variation.Id,
            ["type"] = "variation",
            ["date_created"] = Date(variation.DateCreated),
            ["date_created_gmt"] = Date(variation.DateCreatedGmt),
            ["date_modified"] = Date(variation.DateModified),
            ["date_modified_gmt"] = Date(variation.DateModifiedGmt),
            ["description"] = Wpautop.Apply(variation.Description),
            ["permalink"] = $"{origin}/product/{parent.Slug}/?{query}",
            ["sku"] = variation.Sku,
            ["global_unique_id"] = "",
            ["price"] = variation.ActivePrice,
            ["regular_price"] = variation.RegularPrice,
            ["sale_price"] = variation.SalePrice,
            ["date_on_sale_from"] = Date(variation.DateOnSaleFrom),
            ["date_on_sale_from_gmt"] = GmtDate(variation.DateOnSaleFrom),
            ["date_on_sale_to"] = Date(variation.DateOnSaleTo),
            ["date_on_sale_to_gmt"] = GmtDate(variation.DateOnSaleTo),
            ["on_sale"] = variation.OnSale,
            ["status"] = variation.Status,
            ["purchasable"] = variation.ActivePrice.Length > 0,
            ["virtual"] = variation.Virtual,
            ["downloadable"] = variation.Downloadable,
            ["downloads"] = new JsonArray(),
            ["download_limit"] = -1,
            ["download_expiry"] = -1,
            ["tax_status"] = TaxStatus(variation, parent),
            ["tax_class"] = TaxClass(variation, parent, context),
            ["manage_stock"] = managed,
            ["stock_quantity"] = managed ? variation.StockQuantity : null,
            ["stock_status"] = variation.StockStatus,
            ["backorders"] = variation.Backorders,
            ["backorders_allowed"] = variation.BackordersAllowed,
            ["backordered"] = variation.OnBackorder,
            ["low_stock_amount"] = null,
            ["weight"] = variation.Weight,
            ["dimensions"] = Dimensions(variation),
            ["shipping_class"] = "",
            ["shipping_class_id"] = 0,
            ["image"] = null,
            ["attributes"] = new JsonArray(variation.Choices.Select(choice => (JsonNode?)new JsonObject
            {
                ["id"] = choice.Id,
                ["name"] = choice.Name,
                ["slug"] = choice.Slug,
                ["option"] = choice.Option,
            }).ToArray()),
            ["menu_order"] = variation.MenuOrder,
            ["meta_data"] = MetaFields.Json(variation.MetaData),
            ["name"] = variation.Name,
            ["parent_id"] = parent.Id,
            ["_links"] = ResourceLinks.Create($"{collection}/{variation.Id}", collection, up: $"{origin}{ApiPath}/{parent.Id}"),
        };
    }

    /// <summary>A variation's tax status is always its product's: the data store reads it from the parent.</summary>
    private static string TaxStatus(Product item, Product? parent) =>
        item.IsVariation ? parent?.TaxStatus ?? "taxable" : item.TaxStatus;

    /// <summary>
    /// WC_Product_Variation::get_tax_class: "parent", as stored, in the edit context; the class it inherits
    /// (its product's) in the view context, where captures 08 and 55 show "" and "parent" for the same variation.
    /// </summary>
    private static string TaxClass(Product item, Product? parent, JsonContext context) =>
        context == JsonContext.View && item.TaxClass == "parent" ? parent?.TaxClass ?? "" : item.TaxClass;

    /// <summary>Site time as WooCommerce writes it; an unset date is null (wc_rest_prepare_date_response).</summary>
    private static string? Date(DateTime? date) => date?.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>The *_gmt twin of a site-time date.</summary>
    private static string? GmtDate(DateTime? date) => Date(date is DateTime set ? SiteTime.ToGmt(set) : null);

    /// <summary>A variable product shows the cheapest variation's price and a price range.</summary>
    private static (string Price, string PriceHtml, bool OnSale) Pricing(Product product, IReadOnlyList<Product> variations)
    {
        if (product.Type != "variable")
        {
            string html = product.ActivePrice.Length == 0 ? ""
                : product.OnSale ? PriceHtml.OnSale(product.RegularPrice, product.SalePrice)
                : PriceHtml.Regular(product.ActivePrice);
            return (product.ActivePrice, html, product.OnSale);
        }
        ProductPrices prices = ProductPrices.Of(product, variations);
        string rangeHtml = prices.Minimum.Length == 0 ? ""
            : prices.Minimum == prices.Maximum ? PriceHtml.Regular(prices.Minimum)
            : PriceHtml.Range(prices.Minimum, prices.Maximum);
        return (prices.Minimum, rangeHtml, prices.OnSale);
    }

    private static JsonObject Dimensions(Product product) => new()
    {
        ["length"] = product.Length,
        ["width"] = product.Width,
        ["height"] = product.Height,
    };

    /// <summary>A product's categories or tags as {id, name, slug}, in WooCommerce's order.</summary>
    private static JsonArray TermReferences(IReadOnlyList<Term> terms) =>
        new(ProductTerms.InNameOrder(terms).Select(term => (JsonNode?)new JsonObject { ["id"] = term.Id, ["name"] = term.Name, ["slug"] = term.Slug }).ToArray());

    /// <summary>A variable product's attributes: every value its variations use, sorted like WooCommerce's term order.</summary>
    private static JsonArray ParentAttributes(IReadOnlyList<Product> variations)
    {
        IEnumerable<JsonNode?> attributes = variations
            .SelectMany(variation => variation.Choices)
            .GroupBy(choice => (choice.Id, choice.Name, choice.Slug))
            .OrderBy(group => group.Key.Id)
            .Select(group => (JsonNode?)new JsonObject
            {
                ["id"] = group.Key.Id,
                ["name"] = group.Key.Name,
                ["slug"] = group.Key.Slug,
                ["position"] = 0,
                ["visible"] = true,
                ["variation"] = true,
                ["options"] = new JsonArray(group.Select(choice => choice.Option).Distinct()
                    .Order(StringComparer.Ordinal).Select(option => (JsonNode?)option).ToArray()),
            });
        return new JsonArray(attributes.ToArray());
    }
}
