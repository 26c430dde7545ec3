using System;
using System.Globalization;
using System.Text.Json.Nodes;
using WooPS.FakeStore.Catalog;

namespace WooPS.FakeStore.Users;

/// <summary>
/// The site's users as a fresh WooCommerce store has them (captures 28, 50–50c): the administrator,
/// user 1 ("admin", admin@example.com, nothing else filled in, never modified), then customers 2, 3, …
/// with e-mails customer1@example.com, … and logins customer1, …, named Alice Anderson, Bob Brown,
/// Carol Clark, … (ten names, then again), the same US address for billing and shipping (Springfield IL,
/// Portland OR, Austin TX in turn; the billing one with the e-mail and a 555 phone), every first of
/// three not yet a paying customer, and the day they were last active (wc_last_active). Registered an
/// hour apart from 2025-11-28 10:00. Deterministic for a given count.
/// </summary>
internal static class UserSeeder
{
    private static readonly DateTime AdministratorCreated = new(2025, 11, 27, 9, 0, 0, DateTimeKind.Unspecified);
    private static readonly DateTime FirstCustomerCreated = new(2025, 11, 28, 10, 0, 0, DateTimeKind.Unspecified);

    private static readonly (string First, string Last)[] Names =
    [
        ("Alice", "Anderson"), ("Bob", "Brown"), ("Carol", "Clark"), ("Dave", "Davis"), ("Erin", "Evans"),
        ("Frank", "Foster"), ("Grace", "Green"), ("Heidi", "Hughes"), ("Ivan", "Irwin"), ("Judy", "Jones"),
    ];

    private static readonly (string Street, string City, string State, string Postcode)[] Places =
        [("Main St", "Springfield", "IL", "62701"), ("Oak Ave", "Portland", "OR", "97201"), ("Pine Rd", "Austin", "TX", "73301")];

    public static void Seed(StoreUsers users, int customers)
    {
        users.Add(id => new Customer
        {
            Id = id,
            Email = "admin@example.com",
            Username = "admin",
            DisplayName = "admin",
            Role = "administrator",
            DateCreated = AdministratorCreated,
        });
        for (int number = 1; number <= customers; number++)
        {
            (string first, string last) = Names[(number - 1) % Names.Length];
            var place = Places[(number - 1) % Places.Length];
            string email = $"customer{number}@example.com";
            DateTime created = FirstCustomerCreated.AddHours(number - 1);
            var address = new CustomerAddress
            {
                FirstName = first,
                LastName = last,
                Address1 = $"{100 * number} {place.Street}",
                City = place.City,
                State = place.State,
                Postcode = place.Postcode,
                Country = "US",
            };
            long lastActive = new DateTimeOffset(created.Date, TimeSpan.Zero).ToUnixTimeSeconds();
            users.Add(id => new Customer
            {
                Id = id,
                Email = email,
                Username = $"customer{number}",
                DisplayName = $"{first} {last}",
                FirstName = first,
                LastName = last,
                DateCreated = created,
                DateModified = created,
                Billing = address with { Email = email, Phone = $"555-{100 + number:0000}" },
                Shipping = address,
                IsPayingCustomer = number % 3 != 1,
                MetaData = [new ProductMeta(users.NewMetaId(), "wc_last_active", JsonValue.Create(lastActive.ToString(CultureInfo.InvariantCulture)).ToJsonString())],
            });
        }
    }
}
