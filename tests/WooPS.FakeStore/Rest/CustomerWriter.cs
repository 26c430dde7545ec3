using System.Text.Json.Nodes;
using WooPS.FakeStore.Catalog;
using WooPS.FakeStore.Users;
using static WooPS.FakeStore.Catalog.BodyFields;

namespace WooPS.FakeStore.Rest;

/// <summary>
/// Creates and updates customers as WC_REST_Customers_Controller's create_item and update_item do, for a
/// single request (after <see cref="BodySchema.Customer"/>) and a batch item alike: WC_Customer's setters
/// (set_email and set_billing_email check the address), then wc_create_new_customer for a new one (a
/// taken e-mail, captures 64b, 64c; a login made from the e-mail when none is given; a password generated,
/// which leaves default_password_nag, capture 64). An update refuses another user's e-mail and a new login,
/// and dates the customer.
/// </summary>
internal sealed class CustomerWriter(StoreUsers users)
{
    public (Customer? Created, WooError? Error) Create(JsonObject fields)
    {
        if (IsTruthy(fields, "id"))
        {
            return (null, WooErrors.CustomerExists());
        }
        (Customer? set, WooError? refused) = Apply(new Customer(), fields);
        if (set is null)
        {
            return (null, refused);
        }
        if (set.Email.Length == 0 || !WordPressEmail.IsEmail(set.Email))
        {
            return (null, WooErrors.RegistrationInvalidEmail());
        }
        if (users.FindByEmail(set.Email) is not null)
        {
            return (null, WooErrors.EmailExists(set.Email));
        }
        string given = Text(fields, "username") ?? "";
        string username = WordPressText.SanitizeUser(given.Length > 0 ? given : NewUsername.For(set.Email, users.UsernameExists), strict: false);
        if (username.Length == 0 || WordPressText.SanitizeUser(username, strict: true) != username)
        {
            return (null, WooErrors.RegistrationInvalidUsername());
        }
        if (users.UsernameExists(username))
        {
            return (null, WooErrors.RegistrationUsernameExists());
        }
        if (username.Length > 60)
        {
            return (null, WooErrors.UsernameTooLong());
        }
        // No password given: WooCommerce generates one (woocommerce_registration_generate_password), and
        // WordPress nags about it until it is changed.
        bool passwordGenerated = !IsTruthy(fields, "password");
        Customer created = users.AddNew((id, now) => set with
        {
            Id = id,
            Username = username,
            DisplayName = username,
            Role = "customer",
            DateCreated = now,
            DateModified = now,
            MetaData = passwordGenerated
                ? [new ProductMeta(users.NewMetaId(), "default_password_nag", "\"1\""), .. set.MetaData]
                : set.MetaData,
        });
        return (created, null);
    }

    public (Customer? Updated, WooError? Error) Update(long id, JsonObject fields)
    {
        if (users.Find(id) is not Customer current)
        {
            return (null, WooErrors.InvalidUserId());
        }
        if (Text(fields, "email") is { Length: > 0 } email && users.FindByEmail(email) is not null && email != current.Email)
        {
            return (null, WooErrors.CustomerEmailTaken());
        }
        if (Text(fields, "username") is { Length: > 0 } username && username != current.Username)
        {
            return (null, WooErrors.UsernameNotEditable());
        }
        // update_item passes the e-mail through sanitize_email before set_email sees it.
        JsonObject sanitized = fields.DeepClone().AsObject();
        if (Text(fields, "email") is string given)
        {
            sanitized["email"] = WordPressEmail.Sanitize(given);
        }
        (Customer? set, WooError? refused) = Apply(current, sanitized);
        if (set is null)
        {
            return (null, refused);
        }
        Customer? updated = users.Update(id, (_, now) => set with { DateModified = now });
        return updated is null ? (null, WooErrors.InvalidUserId()) : (updated, null);
    }

    /// <summary>set_email, then update_customer_meta_fields: names through wc_clean, each address field the body names, meta_data.</summary>
    private (Customer? Set, WooError? Error) Apply(Customer customer, JsonObject fields)
    {
        if (Text(fields, "email") is string email)
        {
            if (email.Length > 0 && !WordPressEmail.IsEmail(email))
            {
                return (null, WooErrors.CustomerInvalidEmail());
            }
            customer = customer with { Email = WordPressEmail.Sanitize(email) };
        }
        customer = customer with
        {
            FirstName = Text(fields, "first_name") is string first ? WordPressText.SanitizeTextField(first) : customer.FirstName,
            LastName = Text(fields, "last_name") is string last ? WordPressText.SanitizeTextField(last) : customer.LastName,
            Shipping = fields["shipping"] is JsonObject shipping ? customer.Shipping.With(shipping, withEmail: false) : customer.Shipping,
        };
        if (fields["billing"] is JsonObject billing)
        {
            if (Text(billing, "email") is { Length: > 0 } billingEmail && !WordPressEmail.IsEmail(billingEmail))
            {
                return (null, WooErrors.CustomerInvalidBillingEmail());
            }
            customer = customer with { Billing = customer.Billing.With(billing, withEmail: true) };
        }
        if (fields["meta_data"] is JsonArray meta)
        {
            customer = customer with { MetaData = MetaFields.Apply(customer.MetaData, meta, users.NewMetaId) };
        }
        return (customer, null);
    }
}
