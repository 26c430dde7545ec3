using System;
using System.Collections.Generic;
using WooPS.FakeStore.Catalog;

namespace WooPS.FakeStore.Users;

/// <summary>
/// One WordPress user as WC_Customer sees it (captures 28, 50–50c, 64): the administrator, user 1, or a
/// customer. Immutable: a change stores a changed copy.
/// </summary>
internal sealed record Customer
{
    public long Id { get; init; }

    public string Email { get; init; } = "";

    /// <summary>user_login: never changed by the REST API ("Username isn't editable.").</summary>
    public string Username { get; init; } = "";

    /// <summary>display_name, what orderby=name sorts by: the login for a customer the REST API made.</summary>
    public string DisplayName { get; init; } = "";

    public string FirstName { get; init; } = "";

    public string LastName { get; init; } = "";

    /// <summary>administrator, customer, or another WordPress role.</summary>
    public string Role { get; init; } = "customer";

    /// <summary>user_registered, site time.</summary>
    public DateTime DateCreated { get; init; }

    /// <summary>The last_update user meta, site time; null when never set (the administrator, capture 50c).</summary>
    public DateTime? DateModified { get; init; }

    public CustomerAddress Billing { get; init; } = CustomerAddress.Empty;

    public CustomerAddress Shipping { get; init; } = CustomerAddress.Empty;

    public bool IsPayingCustomer { get; init; }

    /// <summary>The user meta the REST API shows (wc_last_active, default_password_nag, and what requests added).</summary>
    public IReadOnlyList<ProductMeta> MetaData { get; init; } = [];
}
