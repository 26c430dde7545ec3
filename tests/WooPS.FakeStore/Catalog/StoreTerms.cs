using System.Collections.Generic;
using System.Linq;

namespace WooPS.FakeStore.Catalog;

/// <summary>
/// The categories, tags and global attributes a new store starts with, whatever the product count
/// (the REST API may then add, rename and delete categories and tags: <see cref="StoreTaxonomies"/>). Ids
/// 15–21 and the "sale" tag (22) are those of the reference store (captures 01, 27); Clothing has
/// two children. The "clearance" tag and the Black colour are never used, so hide_empty has
/// something to hide.
/// </summary>
internal static class StoreTerms
{
    public static readonly Term Uncategorized = new(15, "Uncategorized", "uncategorized");
    public static readonly Term Clothing = new(16, "Clothing", "clothing");
    public static readonly Term Accessories = new(17, "Accessories", "accessories");
    public static readonly Term Electronics = new(18, "Electronics", "electronics");
    public static readonly Term HomeAndGarden = new(19, "Home &amp; Garden", "home-garden");
    public static readonly Term Books = new(20, "Books", "books");
    public static readonly Term TShirts = new(21, "T-Shirts", "t-shirts", Parent: 16);
    public static readonly Term Hoodies = new(30, "Hoodies", "hoodies", Parent: 16);

    public static readonly IReadOnlyList<Term> Categories =
        [Uncategorized, Clothing, Accessories, Electronics, HomeAndGarden, Books, TShirts, Hoodies];

    public static readonly IReadOnlyList<Term> Tags =
    [
        new(22, "sale", "sale"),
        new(23, "new", "new"),
        new(24, "gift", "gift"),
        new(25, "eco", "eco"),
        new(26, "bestseller", "bestseller"),
        new(27, "limited", "limited"),
        new(28, "handmade", "handmade"),
        new(29, "clearance", "clearance"),
    ];

    /// <summary>The tags the seeder hands out: all but "clearance".</summary>
    public static readonly IReadOnlyList<Term> UsedTags = Tags.Take(7).ToList();

    public static readonly ProductAttribute Color = new(1, "Color", "color",
        [new(31, "Red", "red"), new(32, "Blue", "blue"), new(33, "Green", "green"), new(34, "Black", "black")]);

    public static readonly ProductAttribute Size = new(2, "Size", "size",
        [new(35, "S", "s"), new(36, "M", "m"), new(37, "L", "l")]);

    /// <summary>In WooCommerce's order: by attribute name (wc_get_attribute_taxonomies).</summary>
    public static readonly IReadOnlyList<ProductAttribute> Attributes = [Color, Size];

    /// <summary>WordPress's default_product_cat option: the category that cannot be deleted.</summary>
    public const long DefaultCategoryId = 15;

    /// <summary>The highest term id a new store uses: terms added later are numbered from the next one.</summary>
    public static long LastId => Categories.Concat(Tags).Concat(Attributes.SelectMany(attribute => attribute.Terms)).Max(term => term.Id);

    public static ProductAttribute? FindAttribute(long id) => Attributes.FirstOrDefault(attribute => attribute.Id == id);
}
