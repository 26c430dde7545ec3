namespace WooPS.FakeStore.Catalog;

/// <summary>A product category as it appears in a product's "categories" array.</summary>
internal sealed record ProductCategory(long Id, string Name, string Slug);
