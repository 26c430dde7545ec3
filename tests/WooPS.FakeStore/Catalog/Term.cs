namespace WooPS.FakeStore.Catalog;

/// <summary>
/// One WordPress term: a product category, a product tag or a value of a global attribute.
/// Term ids are unique across taxonomies, as wp_terms makes them. Parent is 0 at the top level.
/// </summary>
internal sealed record Term(long Id, string Name, string Slug, long Parent = 0);
