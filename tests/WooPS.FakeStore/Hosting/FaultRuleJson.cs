using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace WooPS.FakeStore.Hosting;

/// <summary>
/// The scripted faults as JSON, for test harnesses in another process (Pester). A script is a list of
/// rules (or {"rules":[…]}), each
/// {"method":"POST","route":"^/wc/v3/products/batch$","nth":2,"action":"hold-after","delay_ms":0,"retry_after":1}:
/// method "*" (any) unless given, route a regular expression (every route unless given), nth a number, a
/// list of numbers or absent (every matching request), action required (forbidden, unavailable,
/// gateway-timeout-after, cut-short-after, slow-after, hold-after, hold-before, throttle), delay_ms for
/// slow-after, retry_after (seconds, 1 unless given) for throttle. Other names are refused, so a typo
/// does not go unnoticed. The status adds, per rule, matched, hits and held.
/// </summary>
internal static class FaultRuleJson
{
    private static readonly string[] Names = ["method", "route", "nth", "action", "delay_ms", "retry_after"];

    public static string ActionName(ScriptedFaultAction action) => action switch
    {
        ScriptedFaultAction.Forbidden => "forbidden",
        ScriptedFaultAction.Unavailable => "unavailable",
        ScriptedFaultAction.GatewayTimeoutAfter => "gateway-timeout-after",
        ScriptedFaultAction.CutShortAfter => "cut-short-after",
        ScriptedFaultAction.SlowAfter => "slow-after",
        ScriptedFaultAction.HoldAfter => "hold-after",
        ScriptedFaultAction.HoldBefore => "hold-before",
        ScriptedFaultAction.Throttle => "throttle",
        _ => action.ToString(),
    };

    /// <summary>The rules of a script body.</summary>
    /// <exception cref="FormatException">The body is no script; the message says what is wrong.</exception>
    public static IReadOnlyList<FaultRule> Parse(string body)
    {
        JsonNode? script;
        try
        {
            script = JsonNode.Parse(body);
        }
        catch (JsonException problem)
        {
            throw new FormatException($"The script is no JSON: {problem.Message}");
        }
        JsonArray rules = script switch
        {
            JsonArray list => list,
            JsonObject { Count: 1 } wrapper when wrapper["rules"] is JsonArray list => list,
            _ => throw new FormatException("The script must be a JSON list of rules (or {\"rules\":[…]})."),
        };
        return rules.Select((rule, index) => Rule(rule as JsonObject ?? throw new FormatException($"Rule {index + 1} is no JSON object."), index + 1)).ToList();
    }

    public static JsonObject Status(IReadOnlyList<FaultRuleStatus> statuses) => new()
    {
        ["rules"] = new JsonArray(statuses.Select(status => (JsonNode?)new JsonObject
        {
            ["method"] = status.Rule.Method,
            ["route"] = status.Rule.Route,
            ["nth"] = status.Rule.Nth is null ? null : new JsonArray(status.Rule.Nth.Select(n => (JsonNode?)n).ToArray()),
            ["action"] = ActionName(status.Rule.Action),
            ["delay_ms"] = status.Rule.DelayMs,
            ["retry_after"] = status.Rule.RetryAfterSeconds,
            ["matched"] = status.Matched,
            ["hits"] = status.Hits,
            ["held"] = status.Held,
        }).ToArray()),
    };

    private static FaultRule Rule(JsonObject rule, int number)
    {
        if (rule.Select(property => property.Key).FirstOrDefault(name => !Names.Contains(name)) is string unknown)
        {
            throw new FormatException($"Rule {number}: unknown property \"{unknown}\" (known: {string.Join(", ", Names)}).");
        }
        string actionName = Text(rule, "action", number) ?? throw new FormatException($"Rule {number}: an action is needed.");
        ScriptedFaultAction action = Enum.GetValues<ScriptedFaultAction>().Cast<ScriptedFaultAction?>()
            .FirstOrDefault(candidate => ActionName(candidate!.Value) == actionName)
            ?? throw new FormatException($"Rule {number}: unknown action \"{actionName}\" (known: {string.Join(", ", Enum.GetValues<ScriptedFaultAction>().Select(ActionName))}).");
        return new FaultRule(Text(rule, "method", number) ?? "*", Text(rule, "route", number) ?? "", action)
        {
            Nth = Nth(rule["nth"], number),
            DelayMs = Number(rule["delay_ms"], "delay_ms", number) ?? 0,
            RetryAfterSeconds = Number(rule["retry_after"], "retry_after", number) ?? 1,
        };
    }

    private static string? Text(JsonObject rule, string name, int number) => rule[name] switch
    {
        null => null,
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        _ => throw new FormatException($"Rule {number}: {name} must be a string."),
    };

    private static IReadOnlyList<int>? Nth(JsonNode? nth, int number) => nth switch
    {
        null => null,
        JsonValue value when value.GetValueKind() == JsonValueKind.String && value.GetValue<string>() is "every" or "all" => null,
        JsonValue => [Number(nth, "nth", number)!.Value],
        JsonArray list => list.Select(item => Number(item, "nth", number) ?? throw new FormatException($"Rule {number}: nth lists numbers.")).ToList(),
        _ => throw new FormatException($"Rule {number}: nth must be a number or a list of numbers."),
    };

    private static int? Number(JsonNode? node, string name, int number) =>
        node switch
        {
            null => null,
            JsonValue value when value.GetValueKind() == JsonValueKind.Number && value.TryGetValue(out int whole) => whole,
            JsonValue value when value.GetValueKind() == JsonValueKind.Number && int.TryParse(value.ToJsonString(), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out int parsed) => parsed,
            _ => throw new FormatException($"Rule {number}: {name} must be a whole number."),
        };
}
