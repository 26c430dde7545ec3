using System.Linq;
using System.Text.RegularExpressions;

namespace WooPS.FakeStore.Catalog;

/// <summary>
/// WordPress's is_email and sanitize_email, which customers' addresses and coupons' e-mail restrictions
/// go through: at least 6 characters, an '@' after the first, a local part of the characters RFC 5322
/// allows unquoted, and a domain of at least two dot-separated labels of letters, digits and inner dashes.
/// </summary>
internal static partial class WordPressEmail
{
    private const string TrimmedByPhp = " \t\n\r\0\x0B";

    public static bool IsEmail(string email)
    {
        if (email.Length < 6 || email.IndexOf('@', 1) < 0)
        {
            return false;
        }
        int at = email.IndexOf('@');
        string local = email[..at];
        string domain = email[(at + 1)..];
        if (NotLocal().IsMatch(local) || Dots().IsMatch(domain) || domain.Trim((TrimmedByPhp + ".").ToCharArray()) != domain)
        {
            return false;
        }
        string[] labels = domain.Split('.');
        return labels.Length >= 2
            && labels.All(label => label.Trim((TrimmedByPhp + "-").ToCharArray()) == label && !NotLabel().IsMatch(label));
    }

    /// <summary>sanitize_email: what cannot be in an address dropped; "" when no address is left.</summary>
    public static string Sanitize(string email)
    {
        if (email.Length < 6 || email.IndexOf('@', 1) < 0)
        {
            return "";
        }
        int at = email.IndexOf('@');
        string local = NotLocal().Replace(email[..at], "");
        string domain = Dots().Replace(email[(at + 1)..], "").Trim((TrimmedByPhp + ".").ToCharArray());
        if (local.Length == 0 || domain.Length == 0)
        {
            return "";
        }
        string[] labels = domain.Split('.')
            .Select(label => NotLabel().Replace(label.Trim((TrimmedByPhp + "-").ToCharArray()), ""))
            .Where(label => label.Length > 0)
            .ToArray();
        return labels.Length < 2 ? "" : local + "@" + string.Join('.', labels);
    }

    [GeneratedRegex(@"[^a-zA-Z0-9!#$%&'*+/=?^_`{|}~.-]")]
    private static partial Regex NotLocal();

    [GeneratedRegex(@"\.{2,}")]
    private static partial Regex Dots();

    [GeneratedRegex("[^a-z0-9-]", RegexOptions.IgnoreCase)]
    private static partial Regex NotLabel();
}
