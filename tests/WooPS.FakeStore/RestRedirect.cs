namespace WooPS.FakeStore;

/// <summary>How a misconfigured site answers requests (any method) to /wp-json/wc/…: 301 to an absolute address.</summary>
public enum RestRedirect
{
    /// <summary>No redirect: the REST API answers.</summary>
    None,

    /// <summary>To the same path with "/" appended and the same query; a path already ending in "/" is served.</summary>
    TrailingSlash,

    /// <summary>To /?rest_route=/wc/… plus the original query, which is served (where key authentication never runs, captures 25b–25d).</summary>
    RestRoute,

    /// <summary>To /wp-login.php?redirect_to=… (the original path and query, urlencoded), as a "force login" plugin does.</summary>
    Login,
}
