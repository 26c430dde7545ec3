using System;
using System.Collections.Generic;
using System.Threading;

namespace WooPS.FakeStore;

/// <summary>
/// Misbehaving hosts and sites the store can imitate; tests may flip these at any time, and each
/// change applies to the very next request.
/// </summary>
public sealed class FakeStoreModes
{
    /// <summary>
    /// What <see cref="PhpNotice"/> puts before every REST answer: PHP 8.2's warning as it prints it
    /// with display_errors and html_errors on.
    /// </summary>
    public const string PhpNoticeText =
        "\n<br />\n<b>Warning</b>:  Undefined array key \"sku\" in <b>/var/www/html/wp-content/plugins/sync-helper/sync-helper.php</b> on line <b>42</b><br />\n";

    /// <summary>What <see cref="CutShortWithFatalError"/> puts after the half of a cut answer: PHP's fatal error when memory runs out.</summary>
    public const string FatalErrorText =
        "<br />\n<b>Fatal error</b>:  Allowed memory size of 134217728 bytes exhausted (tried to allocate 20480 bytes) in <b>/var/www/html/wp-includes/class-wpdb.php</b> on line <b>2351</b><br />\n";

    private volatile bool _stripAuthorization;
    private volatile bool _tlsTerminatingProxy;
    private volatile bool _plainPermalinks;
    private volatile WpJsonAnswer _wpJsonAnswer;
    private volatile Uri? _redirectTo;
    private volatile bool _utf8Bom;
    private volatile bool _phpNotice;
    private int _cutShortAnswers;
    private volatile bool _cutShortWithFatalError;
    private volatile bool _loneSurrogate;
    private volatile bool _nonObjectItem;
    private volatile PagingHeaders _pagingHeaders;
    private volatile RestRedirect _restRedirect;
    private volatile RandomFaults _faults = RandomFaults.None;
    private volatile Hosting.FaultScript _faultScript = Hosting.FaultScript.None;
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

    /// <summary>Every REST answer's body (errors too) starts with the UTF-8 BOM, as when a plugin file was saved with one.</summary>
    public bool Utf8Bom
    {
        get => _utf8Bom;
        set => _utf8Bom = value;
    }

    /// <summary>Every REST answer's body starts with <see cref="PhpNoticeText"/>; the Content-Type stays JSON.</summary>
    public bool PhpNotice
    {
        get => _phpNotice;
        set => _phpNotice = value;
    }

    /// <summary>
    /// How many of the next answers to GET requests of wc/v3 routes that would be 200 are cut short:
    /// only the first half of the body's bytes is sent, and the (chunked) response then ends as if
    /// complete, as when PHP runs out of memory half-way. Each cut answer counts one down;
    /// int.MaxValue cuts every one. 0: none.
    /// </summary>
    public int CutShortAnswers
    {
        get => Volatile.Read(ref _cutShortAnswers);
        set => Volatile.Write(ref _cutShortAnswers, value);
    }

    /// <summary>A cut answer (<see cref="CutShortAnswers"/>) goes on with <see cref="FatalErrorText"/> after its half.</summary>
    public bool CutShortWithFatalError
    {
        get => _cutShortWithFatalError;
        set => _cutShortWithFatalError = value;
    }

    /// <summary>
    /// The product with the second-lowest id has its name written with a lone UTF-16 high surrogate
    /// escape, "name":"Broken \ud83d Name", in lists and single answers alike: half an emoji, as a
    /// plugin that re-encodes or truncates JSON can leave it. Strict JSON readers reject it.
    /// </summary>
    public bool LoneSurrogate
    {
        get => _loneSurrogate;
        set => _loneSurrogate = value;
    }

    /// <summary>Every page of GET products has false in place of its second item; totals and headers unchanged.</summary>
    public bool NonObjectItem
    {
        get => _nonObjectItem;
        set => _nonObjectItem = value;
    }

    /// <summary>What the paging headers of every paged collection say.</summary>
    public PagingHeaders PagingHeaders
    {
        get => _pagingHeaders;
        set => _pagingHeaders = value;
    }

    /// <summary>Whether, and where to, the site redirects requests to /wp-json/wc/…; <see cref="RedirectTo"/> comes first.</summary>
    public RestRedirect RestRedirect
    {
        get => _restRedirect;
        set => _restRedirect = value;
    }

    /// <summary>
    /// A fraction of the requests to /wp-json/… fail at random (503 before anything is done, 504 after
    /// a write was done, or the connection aborted), never twice in a row more than twice: see
    /// <see cref="RandomFaults"/>. What was faulted shows in <see cref="FakeStore.FaultCounts"/>.
    /// Requests to /__fakestore/… are never faulted.
    /// </summary>
    public RandomFaults Faults
    {
        get => _faults;
        set => _faults = value ?? RandomFaults.None;
    }

    /// <summary>
    /// Scripted faults, for deterministic tests of a client's early endings: each request to the REST API
    /// (/wp-json/… or /?rest_route=…) is counted by every <see cref="FaultRule"/> it matches, and the first
    /// rule that picks it acts (<see cref="ScriptedFaultAction"/>); otherwise <see cref="Faults"/> may still
    /// fault it. Setting the list replaces the rules and starts their counts afresh; an empty list ends
    /// them. What they did: <see cref="FakeStore.FaultScriptStatus"/> (GET /__fakestore/script).
    /// Requests to /__fakestore/… are never faulted.
    /// </summary>
    /// <exception cref="ArgumentException">A rule cannot be used (no method, a route that is no regular expression, nth below 1, …).</exception>
    public IReadOnlyList<FaultRule> FaultScript
    {
        get => _faultScript.Rules;
        set => _faultScript = value is null || value.Count == 0 ? Hosting.FaultScript.None : new Hosting.FaultScript(value);
    }

    /// <summary>The scripted faults in force, with their counts.</summary>
    internal Hosting.FaultScript CurrentFaultScript => _faultScript;

    /// <summary>Whether this answer is to be cut short: takes one from <see cref="CutShortAnswers"/>, atomically.</summary>
    internal bool TryTakeCutShortAnswer()
    {
        while (true)
        {
            int left = Volatile.Read(ref _cutShortAnswers);
            if (left <= 0)
            {
                return false;
            }
            if (left == int.MaxValue || Interlocked.CompareExchange(ref _cutShortAnswers, left - 1, left) == left)
            {
                return true;
            }
        }
    }
}
