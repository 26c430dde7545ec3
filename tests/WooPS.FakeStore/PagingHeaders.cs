namespace WooPS.FakeStore;

/// <summary>What the paging headers of a collection say (X-WP-Total, X-WP-TotalPages and the paging Link).</summary>
public enum PagingHeaders
{
    /// <summary>The truth, as WordPress sends it.</summary>
    Truthful,

    /// <summary>
    /// X-WP-TotalPages: 100000 and X-WP-Total: 100000 × per_page, the Link header going along, as
    /// when a plugin estimates found_posts: the pages past the real end come back [] (capture 03b).
    /// </summary>
    Overstated,

    /// <summary>X-WP-TotalPages: 1 whatever the count, X-WP-Total still right; the Link header going along.</summary>
    Understated,

    /// <summary>Neither header nor the paging Link, as when a proxy or plugin drops them.</summary>
    Missing,
}
