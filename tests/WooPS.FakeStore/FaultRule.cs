using System;
using System.Collections.Generic;
using System.Linq;

namespace WooPS.FakeStore;

/// <summary>
/// One rule of the scripted faults (<see cref="FakeStoreModes.FaultScript"/>): requests whose method is
/// <see cref="Method"/> and whose REST route (the path after /wp-json, or ?rest_route=, without a trailing
/// slash: "/wc/v3/products/batch") matches <see cref="Route"/> are counted from 1, and those
/// <see cref="Nth"/> picks get <see cref="Action"/>. Requests to /__fakestore/… are never faulted.
/// </summary>
/// <param name="Method">"POST", "GET", …, or "*" for any method; case does not count.</param>
/// <param name="Route">A .NET regular expression searched in the route, e.g. "^/wc/v3/products/batch$".</param>
public sealed record FaultRule(string Method, string Route, ScriptedFaultAction Action)
{
    /// <summary>Which matching requests the rule hits, counted from 1: {2} the second, {1, 3} the first and third; null every one.</summary>
    public IReadOnlyList<int>? Nth { get; init; }

    /// <summary>How long <see cref="ScriptedFaultAction.SlowAfter"/> holds the answer back, in milliseconds.</summary>
    public int DelayMs { get; init; }

    /// <summary>The Retry-After header of <see cref="ScriptedFaultAction.Throttle"/>, in seconds.</summary>
    public int RetryAfterSeconds { get; init; } = 1;

    /// <summary>The rule's problem, or null when it can be used.</summary>
    internal string? Problem()
    {
        if (string.IsNullOrWhiteSpace(Method))
        {
            return "a rule needs a method (\"*\" for any)";
        }
        if (Route is null)
        {
            return "a rule needs a route pattern";
        }
        if (!Enum.IsDefined(Action))
        {
            return $"unknown action {Action}";
        }
        if (Nth is not null && (Nth.Count == 0 || Nth.Any(n => n < 1)))
        {
            return "nth counts matching requests from 1";
        }
        if (DelayMs < 0 || RetryAfterSeconds < 0)
        {
            return "delay_ms and retry_after may not be negative";
        }
        return null;
    }
}

/// <summary>A rule of the scripted faults and what it did since the script was set.</summary>
/// <param name="Matched">How many requests matched its method and route.</param>
/// <param name="Hits">How many of them it acted on.</param>
/// <param name="Held">How many of them it holds right now (slow-after, hold-after, hold-before): requests in flight.</param>
public sealed record FaultRuleStatus(FaultRule Rule, int Matched, int Hits, int Held);
