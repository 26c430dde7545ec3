using System.Text.Json;
using System.Text.Json.Nodes;

namespace WooPS.FakeStore.Catalog;

/// <summary>A request body's fields as PHP reads the decoded JSON, for the writers that skip the schema (batch items).</summary>
internal static class BodyFields
{
    /// <summary>A string field; numbers are taken as their text, as PHP would. Null when absent, null or of another type.</summary>
    public static string? Text(JsonObject changes, string name) =>
        changes[name] is JsonValue value
            ? value.GetValueKind() switch
            {
                JsonValueKind.String => value.GetValue<string>(),
                JsonValueKind.Number => value.ToJsonString(),
                _ => null,
            }
            : null;

    /// <summary>A JSON true or false; null otherwise.</summary>
    public static bool? Flag(JsonObject changes, string name) =>
        changes[name] is JsonValue value && value.GetValueKind() is JsonValueKind.True or JsonValueKind.False
            ? value.GetValue<bool>()
            : null;
}
