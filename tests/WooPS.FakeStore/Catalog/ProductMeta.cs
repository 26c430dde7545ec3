namespace WooPS.FakeStore.Catalog;

/// <summary>
/// One custom field: a wp_postmeta row of a product, variation or coupon, or a wp_usermeta row of a
/// customer. Its meta id, key and value. The value is kept
/// as the JSON it comes back as: scalars as the strings the database hands back, arrays as they were sent.
/// </summary>
internal sealed record ProductMeta(long Id, string Key, string ValueJson);
