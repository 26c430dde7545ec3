using System.Collections.Generic;
using WooPS.FakeStore.Auth;

namespace WooPS.FakeStore.Site;

/// <summary>
/// The theme's page around some content. Like every front-end page WordPress renders, it names
/// the REST API's address in a &lt;link&gt; and a Link header, so a client can discover it — also
/// under plain permalinks, where it is /?rest_route=/.
/// </summary>
internal static class ThemeLayout
{
    public const string SiteName = "WooPS Fake Store";

    public static string Render(JudgedRequest judged, string title, string bodyClass, string content) =>
        "<!DOCTYPE html>\n<html lang=\"en-US\">\n<head>\n<meta charset=\"UTF-8\" />\n"
        + $"<title>{title}</title>\n"
        + $"<link rel=\"https://api.w.org/\" href=\"{judged.RestRoot}/\" />\n</head>\n"
        + $"<body class=\"{bodyClass}\">\n<header><a href=\"{judged.Origin}/\">{SiteName}</a></header>\n"
        + $"<main>\n{content}</main>\n</body>\n</html>\n";

    public static KeyValuePair<string, string> RestLinkHeader(JudgedRequest judged) =>
        new("Link", $"<{judged.RestRoot}/>; rel=\"https://api.w.org/\"");
}
