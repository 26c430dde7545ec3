using System;
using System.Globalization;
using WooPS.FakeStore.Catalog;

namespace WooPS.FakeStore.Users;

/// <summary>
/// The login WooCommerce makes for a customer created without a username
/// (wc_create_new_customer_username, with no names passed, as WC_Customer_Data_Store::create calls it):
/// the e-mail's local part, or its domain for sales@, hello@, mail@, contact@ and info@, through
/// sanitize_user strictly, lower-cased. Taken, it gets "-" and four digits: WordPress draws them at
/// random; the fake counts from 0001, so a run repeats.
/// </summary>
internal static class NewUsername
{
    private static readonly string[] CommonPrefixes = ["sales", "hello", "mail", "contact", "info"];

    public static string For(string email, Func<string, bool> taken)
    {
        string[] parts = email.Split('@');
        string local = Array.IndexOf(CommonPrefixes, parts[0]) >= 0 && parts.Length > 1 ? parts[1] : parts[0];
        string username = WordPressText.SanitizeUser(local, strict: true).ToLowerInvariant();
        string candidate = username;
        for (int suffix = 1; taken(candidate); suffix++)
        {
            candidate = username + "-" + suffix.ToString("0000", CultureInfo.InvariantCulture);
        }
        return candidate;
    }
}
