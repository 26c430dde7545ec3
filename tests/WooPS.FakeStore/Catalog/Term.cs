namespace WooPS.FakeStore.Catalog;

/// <summary>
/// One WordPress term: a product category, a product tag or a value of a global attribute.
/// Term ids are unique across taxonomies, as wp_terms makes them. Parent is 0 at the top level.
/// The name is stored as WordPress stores it, HTML-encoded ("Home &amp;amp; Garden").
/// </summary>
internal sealed record Term(long Id, string Name, string Slug, long Parent = 0)
{
    public string Description { get; init; } = "";

    /// <summary>A category's display type (its display_type meta): default, products, subcategories or both.</summary>
    public string Display { get; init; } = "default";

    /// <summary>A category's or attribute term's order meta.</summary>
    public int MenuOrder { get; init; }
}
