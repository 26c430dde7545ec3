namespace WooPS.FakeStore.Catalog;

/// <summary>
/// One custom field of a product (a wp_postmeta row): its meta id, key and value. The value is kept
/// as the JSON it comes back as: scalars as the strings the database hands back, arrays as they were sent.
/// </summary>
internal sealed record ProductMeta(long Id, string Key, string ValueJson);
