using System;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using WooPS.FakeStore.Catalog;

namespace WooPS.FakeStore.Users;

/// <summary>
/// A customer as WC_REST_Customers_Controller renders it (captures 28, 50–50c, 64): every field in its
/// order, dates in site time with *_gmt twins (date_modified null until set), the Gravatar of the e-mail,
/// meta_data, then _links. DELETE is among the self link's targetHints only for the roles the route may
/// delete (customer and subscriber): capture 50c shows the administrator without it.
/// </summary>
internal static class CustomerJson
{
    private const string ApiPath = "/wp-json/wc/v3/customers";
    private static readonly string[] DeletableRoles = ["customer", "subscriber"];

    public static JsonObject Customer(Customer customer, string origin)
    {
        JsonObject links = ResourceLinks.Create($"{origin}{ApiPath}/{customer.Id}", origin + ApiPath, up: null);
        if (!MayBeDeleted(customer) && links["self"]?[0]?["targetHints"]?["allow"] is JsonArray allow)
        {
            allow.RemoveAt(allow.Count - 1);
        }
        return new JsonObject
        {
            ["id"] = customer.Id,
            ["date_created"] = Date(customer.DateCreated),
            ["date_created_gmt"] = Date(SiteTime.ToGmt(customer.DateCreated)),
            ["date_modified"] = Date(customer.DateModified),
            ["date_modified_gmt"] = Date(customer.DateModified is DateTime modified ? SiteTime.ToGmt(modified) : null),
            ["email"] = customer.Email,
            ["first_name"] = customer.FirstName,
            ["last_name"] = customer.LastName,
            ["role"] = customer.Role,
            ["username"] = customer.Username,
            ["billing"] = customer.Billing.ToJson(withEmail: true, asOrder: false),
            ["shipping"] = customer.Shipping.ToJson(withEmail: false, asOrder: false),
            ["is_paying_customer"] = customer.IsPayingCustomer,
            ["avatar_url"] = AvatarUrl(customer.Email),
            ["meta_data"] = MetaFields.Json(customer.MetaData),
            ["_links"] = links,
        };
    }

    /// <summary>Whether the route's delete permission check lets a user of this role go (allowed_roles).</summary>
    public static bool MayBeDeleted(Customer customer) => Array.IndexOf(DeletableRoles, customer.Role) >= 0;

    /// <summary>get_avatar_url: Gravatar's address of the SHA-256 of the trimmed, lower-cased e-mail (WordPress 6.8), 96 pixels.</summary>
    private static string AvatarUrl(string email)
    {
        string hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(email.Trim().ToLowerInvariant())));
        return $"https://secure.gravatar.com/avatar/{hash}?s=96&d=mm&r=g";
    }

    private static string? Date(DateTime? date) => date?.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
}
