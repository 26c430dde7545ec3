using System.Collections.Generic;
using WooPS.Core.Resources.Fields;

namespace WooPS.Core.Resources.Customers
{
    /// <summary>The fields of customers, as WooCommerce 10's customer schema has them (capture 64).</summary>
    internal static class CustomerFields
    {
        public static FieldSet Customer { get; } = new FieldSet(
            new[]
            {
                FieldRule.Email("email"),
                FieldRule.Text("first_name"),
                FieldRule.Text("last_name"),
                // "Username isn't editable." once the customer exists.
                FieldRule.Text("username").OnCreateOnly(),
                FieldRule.Text("password").NeverSentBack(),
                FieldRule.Structure("billing"),
                FieldRule.Structure("shipping"),
                FieldRule.Structure("meta_data"),
            },
            new[] { "id", "date_created", "date_created_gmt", "date_modified", "date_modified_gmt", "role", "is_paying_customer", "avatar_url", "_links" },
            new Dictionary<string, string>
            {
                ["e-mail"] = "email",
                ["mail"] = "email",
                ["firstname"] = "first_name",
                ["lastname"] = "last_name",
                ["name"] = "first_name and last_name",
                ["login"] = "username",
                ["phone"] = "billing (an address with a phone: @{ phone = '…' })",
            },
            required: new[] { "email" });
    }
}
