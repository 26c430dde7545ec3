namespace WooPS.FakeStore;

/// <summary>A WooCommerce REST API key. Permission is "read", "write" or "read_write".</summary>
public sealed record FakeKey(string Key, string Secret, string Permission);
