using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace WooPS.FakeStore.Rest;

/// <summary>
/// One invalid request parameter: its name, the WordPress error code and message, and the error's
/// data (type errors carry {"param": name}; range and enum errors carry none, capture 22).
/// </summary>
internal sealed record ParameterProblem(string Name, string Code, string Message, JsonObject? Data = null)
{
    /// <param name="type">The schema's type, or its types joined with ",", as WordPress names them.</param>
    public static ParameterProblem InvalidType(string name, string type) =>
        new(name, "rest_invalid_type", $"{name} is not of type {type}.", new JsonObject { ["param"] = name });

    /// <summary>An array's item of the wrong type: WordPress names the item, data and all, under the array's name.</summary>
    public static ParameterProblem InvalidItemType(string name, int index, string type) =>
        new(name, "rest_invalid_type", $"{name}[{index}] is not of type {type}.", new JsonObject { ["param"] = $"{name}[{index}]" });

    /// <summary>rest_validate_enum's message, the values listed as wp_sprintf_l does (capture 22b).</summary>
    public static ParameterProblem NotInEnum(string name, IReadOnlyList<string> allowed) =>
        new(name, "rest_not_in_enum", $"{name} is not one of {SentenceList(allowed)}.");

    /// <summary>WordPress's wp_sprintf_l: "a, b, and c"; "a and b".</summary>
    private static string SentenceList(IReadOnlyList<string> items) => items.Count switch
    {
        1 => items[0],
        2 => $"{items[0]} and {items[1]}",
        _ => string.Join(", ", items.Take(items.Count - 1)) + ", and " + items[^1],
    };
}
