using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using WooPS.FakeStore.Auth;

namespace WooPS.FakeStore.Site;

/// <summary>
/// wp-login.php's form, at its own address and as a membership or "force login" plugin shows it in
/// place of anything a visitor who is not logged in asks for. The title keeps WordPress's HTML entities.
/// </summary>
internal static class LoginPage
{
    public static Task WriteAsync(HttpContext context, JudgedRequest judged)
    {
        string loginUrl = judged.Origin + "/wp-login.php";
        string html =
            "<!DOCTYPE html>\n<html lang=\"en-US\">\n<head>\n"
            + "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\" />\n"
            + $"<title>Log In &lsaquo; {ThemeLayout.SiteName} &#8212; WordPress</title>\n"
            + "<meta name='robots' content='noindex, follow' />\n</head>\n"
            + "<body class=\"login no-js login-action-login wp-core-ui locale-en-us\">\n<div id=\"login\">\n"
            + "<h1 role=\"presentation\" class=\"wp-login-logo\"><a href=\"https://wordpress.org/\">Powered by WordPress</a></h1>\n"
            + $"<form name=\"loginform\" id=\"loginform\" action=\"{loginUrl}\" method=\"post\">\n"
            + "<p>\n<label for=\"user_login\">Username or Email Address</label>\n"
            + "<input type=\"text\" name=\"log\" id=\"user_login\" class=\"input\" value=\"\" size=\"20\" autocapitalize=\"off\" autocomplete=\"username\" required=\"required\" />\n</p>\n"
            + "<div class=\"user-pass-wrap\">\n<label for=\"user_pass\">Password</label>\n<div class=\"wp-pwd\">\n"
            + "<input type=\"password\" name=\"pwd\" id=\"user_pass\" class=\"input password-input\" value=\"\" size=\"20\" autocomplete=\"current-password\" spellcheck=\"false\" required=\"required\" />\n"
            + "</div>\n</div>\n"
            + "<p class=\"forgetmenot\"><input name=\"rememberme\" type=\"checkbox\" id=\"rememberme\" value=\"forever\" /> <label for=\"rememberme\">Remember Me</label></p>\n"
            + "<p class=\"submit\">\n<input type=\"submit\" name=\"wp-submit\" id=\"wp-submit\" class=\"button button-primary button-large\" value=\"Log In\" />\n"
            + $"<input type=\"hidden\" name=\"redirect_to\" value=\"{judged.Origin}/wp-admin/\" />\n"
            + "<input type=\"hidden\" name=\"testcookie\" value=\"1\" />\n</p>\n</form>\n"
            + $"<p id=\"nav\"><a class=\"wp-login-lost-password\" href=\"{loginUrl}?action=lostpassword\">Lost your password?</a></p>\n"
            + $"<p id=\"backtoblog\"><a href=\"{judged.Origin}/\">&larr; Go to {ThemeLayout.SiteName}</a></p>\n"
            + "</div>\n</body>\n</html>\n";
        return HtmlPage.WriteAsync(context, StatusCodes.Status200OK, html,
        [
            .. HtmlPage.NoCacheHeaders,
            new KeyValuePair<string, string>("Set-Cookie", "wordpress_test_cookie=WP%20Cookie%20check; path=/" + (judged.IsSsl ? "; secure" : "")),
            new KeyValuePair<string, string>("X-Frame-Options", "SAMEORIGIN"),
        ]);
    }
}
