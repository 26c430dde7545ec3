namespace WooPS.FakeStore;

/// <summary>
/// What a <see cref="FaultRule"/> does to a request it hits, in front of WordPress as nginx (or a
/// plugin) stands. "After" actions let WordPress carry the request out first, so a write is applied
/// (and counted in <see cref="FaultCounts.AppliedWrites"/>); the others stop it before anything is done.
/// Over HTTP each has the kebab-case name given here.
/// </summary>
public enum ScriptedFaultAction
{
    /// <summary>"forbidden": 403 {"code":"rest_forbidden","message":"Sorry, you are not allowed to do that.","data":{"status":403}}, as a security plugin answers; nothing done.</summary>
    Forbidden,

    /// <summary>"unavailable": nginx's 503 page; nothing done.</summary>
    Unavailable,

    /// <summary>"gateway-timeout-after": WordPress answers into nothing, then nginx's 504 page.</summary>
    GatewayTimeoutAfter,

    /// <summary>"cut-short-after": WordPress's answer with its status and headers, but only the first half of the body (chunked, so the HTTP is whole and the JSON is not).</summary>
    CutShortAfter,

    /// <summary>"slow-after": WordPress's answer, held back <see cref="FaultRule.DelayMs"/> milliseconds first.</summary>
    SlowAfter,

    /// <summary>"hold-after": WordPress answers, then the answer is held until the client goes away or the store stops (then the connection is closed unanswered).</summary>
    HoldAfter,

    /// <summary>"hold-before": held before anything is done until the client goes away or the store stops; nothing is done.</summary>
    HoldBefore,

    /// <summary>"throttle": 429 (nginx's page) with Retry-After: <see cref="FaultRule.RetryAfterSeconds"/>; nothing done.</summary>
    Throttle,
}
