namespace WooPS.FakeStore.Users;

/// <summary>
/// A customer's billing or shipping address, as WC_Customer keeps it; the shipping address has no
/// e-mail (captures 28, 64). Every field "" until set.
/// </summary>
internal sealed record CustomerAddress
{
    public static readonly CustomerAddress Empty = new();

    public string FirstName { get; init; } = "";

    public string LastName { get; init; } = "";

    public string Company { get; init; } = "";

    public string Address1 { get; init; } = "";

    public string Address2 { get; init; } = "";

    public string City { get; init; } = "";

    public string Postcode { get; init; } = "";

    public string Country { get; init; } = "";

    public string State { get; init; } = "";

    /// <summary>Billing only.</summary>
    public string Email { get; init; } = "";

    public string Phone { get; init; } = "";
}
