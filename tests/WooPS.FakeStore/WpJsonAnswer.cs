namespace WooPS.FakeStore;

/// <summary>What the host answers for /wp-json, everything under it, and /?rest_route=….</summary>
public enum WpJsonAnswer
{
    /// <summary>The REST API, as WordPress serves it.</summary>
    Json,

    /// <summary>200 with the site's home page: a caching or SEO plugin swallowed the route.</summary>
    HtmlPage,

    /// <summary>200 with the WordPress login form: a membership or "force login" plugin guards the site.</summary>
    LoginPage,

    /// <summary>403 with a security plugin's block page (Wordfence-like).</summary>
    BlockPage,
}
