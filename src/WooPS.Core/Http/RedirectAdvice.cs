using System;

namespace WooPS.Core.Http
{
    /// <summary>
    /// Why a store redirects a request, in the words of what is wrong: another address (http→https, bare→www), or
    /// the store redirecting its own REST API (a login gate, Plain permalinks, a trailing-slash rule). WooPS never
    /// follows a redirect: it would turn a POST into a GET and drop the credentials.
    /// </summary>
    internal sealed class RedirectAdvice
    {
        private const string NotFollowed = "WooPS does not follow redirects, which would turn a POST into a GET and drop the credentials.";

        private RedirectAdvice(string message, string hint, string? newAddress = null)
        {
            Message = message;
            Hint = hint;
            NewAddress = newAddress;
        }

        public string Message { get; }

        public string Hint { get; }

        /// <summary>The store's real address, when the redirect points to another one.</summary>
        public string? NewAddress { get; }

        public static RedirectAdvice For(StoreAddress store, RawResponse raw)
        {
            string said = $"{store} redirects {raw.Shown} ({raw.Status})";
            Uri? to = raw.Location;
            if (to == null)
            {
                return new RedirectAdvice($"{said} without saying where to.", "The web server or a plugin answers with a broken redirect; its logs say which.");
            }

            string where = to.GetLeftPart(UriPartial.Path);
            if (to.AbsolutePath.EndsWith("/wp-login.php", StringComparison.OrdinalIgnoreCase))
            {
                return new RedirectAdvice(
                    $"{said} to its login page ({where}): a plugin makes visitors log in before anything answers.",
                    "Let the REST API (/wp-json/) through without a login in that plugin's settings: API keys cannot log in through a form.");
            }

            if (to.Query.IndexOf("rest_route=", StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return new RedirectAdvice(
                    $"{said} to {where}?rest_route=…: the site's permalinks are Plain (or its rewrite rules are missing), and WooCommerce's API keys never authenticate that way.",
                    "In WordPress, Settings → Permalinks: choose any structure but Plain (Post name is common) and save, which also writes the rewrite rules.");
            }

            if (to.AbsolutePath.IndexOf("/wp-json", StringComparison.OrdinalIgnoreCase) < 0)
            {
                return new RedirectAdvice(
                    $"{said} to {where}, a page and not the REST API: a plugin (maintenance mode, a redirect rule) sends REST requests there.",
                    $"Exclude /wp-json/ from that plugin or rule. {NotFollowed}");
            }

            StoreAddress target = StoreAddress.Parse(where);
            if (!string.Equals(target.ToString(), store.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                return new RedirectAdvice($"{said} to {target}.", $"Use {target} as the store's address: {NotFollowed}", target.ToString());
            }

            if (string.Equals(to.AbsolutePath, raw.RequestPath + "/", StringComparison.Ordinal))
            {
                return new RedirectAdvice(
                    $"{said} to the same address with a trailing slash ({to.AbsolutePath}): a redirect rule meant for pages (an SEO plugin's, or the web server's) also catches the REST API.",
                    $"Exclude /wp-json/ from that rule. {NotFollowed}");
            }

            return new RedirectAdvice(
                $"{said} to {where}, another address of the same REST API: a plugin or rewrite rule redirects REST requests.",
                $"Exclude /wp-json/ from that redirect. {NotFollowed}");
        }
    }
}
