using System.Text.Json.Nodes;
using WooPS.FakeStore.Catalog;
using static WooPS.FakeStore.Catalog.BodyFields;

namespace WooPS.FakeStore.Users;

/// <summary>
/// A customer's billing or shipping address, as WC_Customer keeps it; the shipping address has no
/// e-mail (captures 28, 64). Every field "" until set. Orders keep their addresses alike (66l).
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

    /// <summary>The address with each field the body names (isset: not null) set as it came; billing's e-mail through sanitize_email.</summary>
    public CustomerAddress With(JsonObject fields, bool withEmail) => this with
    {
        FirstName = Text(fields, "first_name") ?? FirstName,
        LastName = Text(fields, "last_name") ?? LastName,
        Company = Text(fields, "company") ?? Company,
        Address1 = Text(fields, "address_1") ?? Address1,
        Address2 = Text(fields, "address_2") ?? Address2,
        City = Text(fields, "city") ?? City,
        State = Text(fields, "state") ?? State,
        Postcode = Text(fields, "postcode") ?? Postcode,
        Country = Text(fields, "country") ?? Country,
        Email = withEmail && Text(fields, "email") is string email ? WordPressEmail.Sanitize(email) : Email,
        Phone = Text(fields, "phone") ?? Phone,
    };

    /// <summary>The address as the REST API sends it.</summary>
    /// <param name="asOrder">An order's address has state before postcode and country (66l); a customer's after them (64).</param>
    public JsonObject ToJson(bool withEmail, bool asOrder)
    {
        var json = new JsonObject
        {
            ["first_name"] = FirstName,
            ["last_name"] = LastName,
            ["company"] = Company,
            ["address_1"] = Address1,
            ["address_2"] = Address2,
            ["city"] = City,
        };
        if (asOrder)
        {
            json["state"] = State;
        }
        json["postcode"] = Postcode;
        json["country"] = Country;
        if (!asOrder)
        {
            json["state"] = State;
        }
        if (withEmail)
        {
            json["email"] = Email;
        }
        json["phone"] = Phone;
        return json;
    }
}
