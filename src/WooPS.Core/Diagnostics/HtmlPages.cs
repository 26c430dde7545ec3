using System;
using System.Linq;
using System.Text;
using WooPS.Core.Http;

namespace WooPS.Core.Diagnostics
{
    /// <summary>Names what answered instead of WordPress's REST API, from the page it sent.</summary>
    internal static class HtmlPages
    {
        private static readonly string[] Firewalls =
        {
            "Wordfence", "Sucuri", "Cloudflare", "Solid Security", "iThemes Security", "All In One WP Security", "ModSecurity", "Imunify360", "BulletProof",
        };

        public static (string What, string Hint) Describe(RawResponse response)
        {
            string page = Encoding.UTF8.GetString(response.Body, 0, Math.Min(response.Body.Length, 64 * 1024));
            string status = $"{response.Status} {response.ReasonPhrase}";
            if (Contains(page, "loginform") || Contains(page, "wp-login.php") || Contains(page, "user_login"))
            {
                return ($"a WordPress login page ({status}): a plugin makes visitors log in before anything answers",
                    "Let the REST API (/wp-json/) through without a login in that plugin's settings: API keys cannot log in through a form.");
            }

            string? firewall = Firewalls.FirstOrDefault(name => Contains(page, name));
            if (firewall != null || response.Status == 403)
            {
                string who = firewall ?? "a security plugin or firewall";
                return ($"a block page from {who} ({status})",
                    $"Allow this machine (its IP address) or the /wp-json/ path in {who}.");
            }

            if (response.Body.Length > 0 && page.TrimStart().StartsWith("<", StringComparison.Ordinal))
            {
                return ($"an HTML page ({status}) instead of JSON",
                    "Something answers /wp-json/ in WordPress's place: a caching or SEO plugin, a rewrite rule, or another application at this address. Check the URL is the WordPress home address.");
            }

            return ($"{response.DescribeBody()} ({status})", "Check the URL is the WordPress home address.");
        }

        private static bool Contains(string page, string text) => page.IndexOf(text, StringComparison.OrdinalIgnoreCase) >= 0;
    }
}
