using System;
using System.Threading;

namespace WooPS.FakeStore;

/// <summary>
/// Misbehaving hosts and sites the store can imitate; tests may flip these at any time, and each
/// change applies to the very next request.
/// </summary>
public sealed class FakeStoreModes
{
    private volatile bool _stripAuthorization;
    private volatile bool _tlsTerminatingProxy;
    private volatile bool _plainPermalinks;
    private volatile WpJsonAnswer _wpJsonAnswer;
    private volatile Uri? _redirectTo;
    private long _clockOffsetTicks;

    /// <summary>The host drops the Authorization header before PHP sees it (captures 41–43).</summary>
    public bool StripAuthorization
    {
        get => _stripAuthorization;
        set => _stripAuthorization = value;
    }

    /// <summary>
    /// A TLS-terminating proxy fronts the plain-http site: https requests are judged as http and
    /// WordPress believes it serves http://host:httpsport (captures 44–46).
    /// </summary>
    public bool TlsTerminatingProxy
    {
        get => _tlsTerminatingProxy;
        set => _tlsTerminatingProxy = value;
    }

    /// <summary>
    /// Settings → Permalinks is "Plain": /wp-json/… is the theme's 404 page and the REST API lives
    /// at /?rest_route=/… only, where WooCommerce key authentication never runs (captures 25–25d).
    /// </summary>
    public bool PlainPermalinks
    {
        get => _plainPermalinks;
        set => _plainPermalinks = value;
    }

    /// <summary>
    /// What the REST API's addresses answer: /wp-json, everything under it, and /?rest_route=…
    /// (the plugins imitated here catch both). The home page and other pages are not affected.
    /// </summary>
    public WpJsonAnswer WpJsonAnswer
    {
        get => _wpJsonAnswer;
        set => _wpJsonAnswer = value;
    }

    /// <summary>
    /// How far the store's clock runs from the real one (either way): it shows in every Date
    /// header, in OAuth's 15-minute timestamp window and in the dates the store writes.
    /// </summary>
    public TimeSpan ClockOffset
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref _clockOffsetTicks));
        set => Interlocked.Exchange(ref _clockOffsetTicks, value.Ticks);
    }

    /// <summary>
    /// When set, the host answers every request (any path, any method) with 301 to this address's
    /// scheme, host and port plus the same path and query, as an http→https or bare→www redirect
    /// does; requests already at that address are served. Null: no redirect.
    /// </summary>
    public Uri? RedirectTo
    {
        get => _redirectTo;
        set => _redirectTo = value;
    }
}
