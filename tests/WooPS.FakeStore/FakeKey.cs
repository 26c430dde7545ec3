namespace WooPS.FakeStore;

/// <summary>A WooCommerce REST API key. Permission is "read", "write" or "read_write".</summary>
public sealed record FakeKey(string Key, string Secret, string Permission)
{
    /// <summary>
    /// Whether the WordPress user owning the key has edit_products. The key's permission is
    /// checked first; WordPress then checks the user's capabilities.
    /// </summary>
    public bool UserCanEditProducts { get; init; } = true;
}
