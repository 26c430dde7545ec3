using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using WooPS.FakeStore.Php;
using static WooPS.FakeStore.Catalog.BodyFields;

namespace WooPS.FakeStore.Catalog;

/// <summary>
/// Merges the writable fields of a WooCommerce product or variation request body into it the way
/// the controllers' prepare_object_for_database and WC_Product's setters do, without
/// the schema's checks (a batch item skips them, capture 53): fields the body does not name keep
/// their values, fields this store does not model are ignored. Categories and tags go through
/// <see cref="TermAssignment"/>.
/// </summary>
internal static class ProductPatch
{
    /// <summary>What set_catalog_visibility accepts; anything else throws product_invalid_catalog_visibility.</summary>
    public static readonly string[] CatalogVisibilities = ["visible", "catalog", "search", "hidden"];

    /// <summary>What set_tax_status accepts (lower-cased first); anything else throws product_invalid_tax_status.</summary>
    public static readonly string[] TaxStatuses = ["taxable", "shipping", "none"];

    private static readonly string[] Types = ["simple", "grouped", "external", "variable"];

    // The post statuses WordPress registers that a product may take; any other becomes a draft.
    private static readonly string[] Statuses = ["draft", "pending", "private", "publish", "future", "auto-draft", "trash"];

    // WC_Tax::get_tax_class_slugs of a new store (capture 04's tax class enum, less "standard").
    private static readonly string[] TaxClasses = ["reduced-rate", "zero-rate"];

    // A variation may also take its product's class (WC_Product_Variation::get_valid_tax_classes).
    private static readonly string[] VariationTaxClasses = [.. TaxClasses, "parent"];

    /// <param name="modified">Now, site time: the product's new modification date.</param>
    /// <param name="newMetaId">Hands out the id of each custom field the body adds.</param>
    /// <param name="taxonomies">The categories and tags the body's ids are looked up in.</param>
    public static Product Apply(Product product, JsonObject changes, DateTime modified, Func<long> newMetaId, StoreTaxonomies taxonomies)
    {
        string name = Text(changes, "name") ?? product.Name;
        Product patched = ApplyShared(TermAssignment.Apply(product, changes, taxonomies) with
        {
            Name = name,
            Slug = Text(changes, "slug") ?? (product.Slug.Length == 0 ? CatalogSeeder.Slug(name) : product.Slug),
            // An unknown type makes a simple product; an unknown status a draft (capture 53).
            Type = Text(changes, "type") is string type ? (Types.Contains(type) ? type : "simple") : product.Type,
            CatalogVisibility = RequestedCatalogVisibility(changes) ?? product.CatalogVisibility,
            ShortDescription = Text(changes, "short_description") ?? product.ShortDescription,
            Featured = StringToBool(changes, "featured") ?? product.Featured,
            TaxStatus = RequestedTaxStatus(changes) ?? product.TaxStatus,
            TaxClass = TaxClass(changes, TaxClasses) ?? product.TaxClass,
            // set_menu_order( intval ) whenever the field is there.
            MenuOrder = Text(changes, "menu_order") is string order ? IntVal(order) : product.MenuOrder,
            // wp_kses_post( wp_unslash( … ) ): the slashes go; the HTML filter is not imitated.
            PurchaseNote = Text(changes, "purchase_note") is string note ? WordPressText.Unslash(note) : product.PurchaseNote,
            ReviewsAllowed = StringToBool(changes, "reviews_allowed") ?? product.ReviewsAllowed,
            SoldIndividually = StringToBool(changes, "sold_individually") ?? product.SoldIndividually,
        }, changes, modified, newMetaId);
        return (product.Status == "trash", patched.Status == "trash") switch
        {
            (true, false) => Untrashed(patched),
            (false, true) => patched with
            {
                Slug = TrashMeta.TrashedSlug(patched.Slug),
                MetaData = [.. patched.MetaData, .. TrashMeta.DesiredSlug(patched.Slug, newMetaId)],
            },
            _ => patched,
        };
    }

    /// <summary>
    /// A product an update takes out of the trash (capture 63g): wp_insert_post gives it back the slug
    /// it gave up, whatever slug the body named, and forgets it; wp_trash_post's other fields stay.
    /// </summary>
    private static Product Untrashed(Product product)
    {
        (string? slug, IReadOnlyList<ProductMeta> meta) = TrashMeta.Untrashed(product.MetaData);
        return product with { Slug = slug ?? product.Slug, MetaData = meta };
    }

    /// <summary>
    /// The fields a variation takes (WC_REST_Product_Variations_Controller::prepare_object_for_database):
    /// a product's, less name, slug, type, catalog visibility, short description, featured, tax status
    /// (a variation shows its product's), purchase note, reviews, sold individually, categories and tags,
    /// plus its attribute values (<see cref="VariationAttributes"/>), which also name it.
    /// </summary>
    /// <param name="productAttributes">The attributes the variation's product varies by.</param>
    public static Product ApplyToVariation(Product variation, JsonObject changes, DateTime modified, Func<long> newMetaId,
        IReadOnlyList<AttributeChoice> productAttributes)
    {
        IReadOnlyList<AttributeChoice> choices = changes["attributes"] is JsonArray requested
            ? VariationAttributes.Choose(requested, productAttributes)
            : variation.Choices;
        return ApplyShared(variation with
        {
            Choices = choices,
            Name = VariationAttributes.Name(choices),
            TaxClass = TaxClass(changes, VariationTaxClasses) ?? variation.TaxClass,
            // "if ( $request['menu_order'] )": 0 and "0" change nothing here, where a product takes them;
            // then intval, which makes true (or a non-empty array) 1.
            MenuOrder = IsTruthy(changes, "menu_order") ? IntVal(Text(changes, "menu_order") ?? "1") : variation.MenuOrder,
        }, changes, modified, newMetaId);
    }

    /// <summary>The fields products and variations both take, set as WC_Product's setters set them.</summary>
    private static Product ApplyShared(Product product, JsonObject changes, DateTime modified, Func<long> newMetaId)
    {
        bool manageStock = StringToBool(changes, "manage_stock") ?? product.ManageStock;
        int? stockQuantity = manageStock ? StockAmount(changes) ?? product.StockQuantity ?? 0 : null;
        // set_backorders stores anything; without managed stock, saving sets it back to "no" (validate_props).
        string backorders = manageStock ? Text(changes, "backorders") ?? product.Backorders : "no";
        // A virtual product loses its weight and dimensions, but only for the JSON true itself
        // (save_product_shipping_data asks "true === $data['virtual']"; a batch item's "yes" makes it virtual and keeps them).
        bool shipless = changes["virtual"] is JsonValue isVirtual && isVirtual.GetValueKind() == JsonValueKind.True;
        JsonObject dimensions = changes["dimensions"] as JsonObject ?? [];
        return product with
        {
            Sku = Text(changes, "sku") ?? product.Sku,
            Status = Text(changes, "status") is string status ? (Statuses.Contains(status) ? status : "draft") : product.Status,
            Description = Text(changes, "description") ?? product.Description,
            RegularPrice = Text(changes, "regular_price") ?? product.RegularPrice,
            SalePrice = Text(changes, "sale_price") ?? product.SalePrice,
            DateOnSaleFrom = SaleDate(changes, "date_on_sale_from", product.DateOnSaleFrom),
            DateOnSaleTo = SaleDate(changes, "date_on_sale_to", product.DateOnSaleTo),
            ManageStock = manageStock,
            StockQuantity = stockQuantity,
            Backorders = backorders,
            StockStatus = manageStock ? ManagedStockStatus(stockQuantity, backorders) : Text(changes, "stock_status") ?? product.StockStatus,
            Virtual = StringToBool(changes, "virtual") ?? product.Virtual,
            Downloadable = StringToBool(changes, "downloadable") ?? product.Downloadable,
            Weight = shipless ? "" : Text(changes, "weight") ?? product.Weight,
            Length = shipless ? "" : Text(dimensions, "length") ?? product.Length,
            Width = shipless ? "" : Text(dimensions, "width") ?? product.Width,
            Height = shipless ? "" : Text(dimensions, "height") ?? product.Height,
            MetaData = changes["meta_data"] is JsonArray meta ? MetaFields.Apply(product.MetaData, meta, newMetaId) : product.MetaData,
            DateModified = modified,
        };
    }

    /// <summary>The SKU the body asks for, if it names one.</summary>
    public static string? RequestedSku(JsonObject changes) => Text(changes, "sku");

    /// <summary>The catalog visibility the body asks for, if it names one (valid or not).</summary>
    public static string? RequestedCatalogVisibility(JsonObject changes) => Text(changes, "catalog_visibility");

    /// <summary>The tax status the body asks for, as set_tax_status reads it (valid or not): empty is "taxable", case does not count.</summary>
    public static string? RequestedTaxStatus(JsonObject changes) =>
        Text(changes, "tax_status") is string status ? (status is "" or "0" ? "taxable" : status.ToLowerInvariant()) : null;

    /// <summary>
    /// Managed stock decides the status when the product is saved (validate_props, with
    /// woocommerce_notify_no_stock_amount 0): in stock above 0, else on backorder unless backorders are
    /// "no" (any other value counts, even one that backorders_allowed refuses), else out of stock.
    /// </summary>
    private static string ManagedStockStatus(int? quantity, string backorders) =>
        quantity > 0 ? "instock" : backorders != "no" ? "onbackorder" : "outofstock";

    /// <summary>
    /// set_tax_class: sanitize_title, "standard" is "", and a class the store does not have is "" too.
    /// Null when the body names none.
    /// </summary>
    private static string? TaxClass(JsonObject changes, string[] valid)
    {
        if (Text(changes, "tax_class") is not string given)
        {
            return null;
        }
        string slug = WordPressText.SanitizeTitle(given);
        return valid.Contains(slug) ? slug : "";
    }

    private static int IntVal(string text) => (int)Math.Clamp(PhpNumbers.IntVal(text), int.MinValue, int.MaxValue);

    /// <summary>wc_stock_amount: intval, so "abc" is 0 (capture 53).</summary>
    private static int? StockAmount(JsonObject changes) =>
        Text(changes, "stock_quantity") is string quantity ? IntVal(quantity) : null;

    /// <summary>
    /// date_on_sale_from or date_on_sale_to, site time: "" clears the date (captures 54b, 54c). A
    /// value rest_parse_date cannot read clears it too, where WooCommerce's strtotime reads more
    /// forms. The *_gmt twins are not modelled.
    /// </summary>
    private static DateTime? SaleDate(JsonObject changes, string name, DateTime? current) =>
        Text(changes, name) is string date ? SiteTime.Parse(date) : current;
}
