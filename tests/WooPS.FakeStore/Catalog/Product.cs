using System;
using System.Collections.Generic;

namespace WooPS.FakeStore.Catalog;

/// <summary>
/// One stored product or variation: the fields the store keeps; everything else in WooCommerce's
/// JSON is rendered with the real store's defaults by <see cref="ProductJson"/>. Immutable:
/// an update stores a changed copy, so a concurrent reader never sees half of it.
/// </summary>
internal sealed record Product
{
    public long Id { get; init; }

    /// <summary>0 for a product; the variable product's id for a variation.</summary>
    public long ParentId { get; init; }

    /// <summary>simple, variable, grouped, external — or variation.</summary>
    public string Type { get; init; } = "simple";

    public string Name { get; init; } = "";

    public string Slug { get; init; } = "";

    public string Sku { get; init; } = "";

    /// <summary>publish, draft, pending, private or trash (and future or auto-draft when a request says so).</summary>
    public string Status { get; init; } = "publish";

    /// <summary>Site time (<see cref="SiteTime"/>).</summary>
    public DateTime DateCreated { get; init; }

    /// <summary>Site time; never before <see cref="DateCreated"/>.</summary>
    public DateTime DateModified { get; init; }

    /// <summary>As stored (post_content): the edit context shows it as it is, the view context through wpautop.</summary>
    public string Description { get; init; } = "";

    /// <summary>As stored (post_excerpt), shown like <see cref="Description"/>.</summary>
    public string ShortDescription { get; init; } = "";

    /// <summary>visible, catalog, search or hidden.</summary>
    public string CatalogVisibility { get; init; } = "visible";

    public string RegularPrice { get; init; } = "";

    public string SalePrice { get; init; } = "";

    /// <summary>When a scheduled sale starts, site time; null when the sale price applies from the start.</summary>
    public DateTime? DateOnSaleFrom { get; init; }

    /// <summary>When a scheduled sale ends, site time; null when it does not end.</summary>
    public DateTime? DateOnSaleTo { get; init; }

    public bool ManageStock { get; init; }

    public int? StockQuantity { get; init; }

    /// <summary>instock, outofstock or onbackorder; a variable product's is synced from its variations.</summary>
    public string StockStatus { get; init; } = "instock";

    public string Weight { get; init; } = "";

    public string Length { get; init; } = "";

    public string Width { get; init; } = "";

    public string Height { get; init; } = "";

    /// <summary>Catalog visibility's "featured" flag (the product_visibility term).</summary>
    public bool Featured { get; init; }

    /// <summary>no, notify or yes, or what a batch item set (capture 53: its setter takes anything); "no" unless stock is managed.</summary>
    public string Backorders { get; init; } = "no";

    /// <summary>taxable, shipping or none. A variation shows its product's (<see cref="ProductJson.Variation"/>).</summary>
    public string TaxStatus { get; init; } = "taxable";

    /// <summary>A tax class slug, "" for the standard rate; a variation's "parent" takes its product's.</summary>
    public string TaxClass { get; init; } = "";

    public int MenuOrder { get; init; }

    /// <summary>As stored: the edit context shows it as it is, the view context through wpautop.</summary>
    public string PurchaseNote { get; init; } = "";

    public bool ReviewsAllowed { get; init; } = true;

    public bool SoldIndividually { get; init; }

    public bool Virtual { get; init; }

    public bool Downloadable { get; init; }

    /// <summary>Its product categories, any number, in no particular order (<see cref="ProductTerms.InNameOrder"/> lists them).</summary>
    public IReadOnlyList<Term> Categories { get; init; } = [];

    /// <summary>Its product tags, like <see cref="Categories"/>.</summary>
    public IReadOnlyList<Term> Tags { get; init; } = [];

    /// <summary>For a variation: its attribute values. Empty for other products.</summary>
    public IReadOnlyList<AttributeChoice> Choices { get; init; } = [];

    public int TotalSales { get; init; }

    /// <summary>What WooCommerce would list as related products (same category).</summary>
    public IReadOnlyList<long> RelatedIds { get; init; } = [];

    /// <summary>Custom fields (meta_data), in the order they were added.</summary>
    public IReadOnlyList<ProductMeta> MetaData { get; init; } = [];

    public DateTime DateCreatedGmt => SiteTime.ToGmt(DateCreated);

    public DateTime DateModifiedGmt => SiteTime.ToGmt(DateModified);

    public bool IsVariation => Type == "variation";

    /// <summary>
    /// WooCommerce's is_on_sale: a sale price below the regular price, inside its schedule. The
    /// schedule is judged at the last change, when WooCommerce also stores the active price
    /// (_price); its daily job that starts and ends scheduled sales later is not imitated.
    /// </summary>
    public bool OnSale =>
        SalePrice.Length > 0
        && PriceHtml.ToNumber(SalePrice) < PriceHtml.ToNumber(RegularPrice)
        && (DateOnSaleFrom is null || DateOnSaleFrom <= DateModified)
        && (DateOnSaleTo is null || DateOnSaleTo >= DateModified);

    /// <summary>The active price of a simple product or variation: sale price when on sale.</summary>
    public string ActivePrice => OnSale ? SalePrice : RegularPrice;

    /// <summary>WC_Product::backorders_allowed: only "yes" and "notify" allow them (not a batch item's "bogus").</summary>
    public bool BackordersAllowed => Backorders is "yes" or "notify";

    /// <summary>WC_Product::is_on_backorder: on backorder by status, or managed stock below zero with backorders allowed.</summary>
    public bool OnBackorder => StockStatus == "onbackorder" || (ManageStock && BackordersAllowed && StockQuantity < 0);
}
