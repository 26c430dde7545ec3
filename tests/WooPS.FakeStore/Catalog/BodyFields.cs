using System.Globalization;
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

    /// <summary>
    /// A flag as WC_Product's boolean setters read it (wc_string_to_bool): a JSON boolean as it is; the
    /// strings "yes", "true" (any case) and "1", and the integer 1, are true; any other scalar is false
    /// ("no", 0, 1.0). Null when the field is absent or null (isset fails), or an array or object, on
    /// which PHP's strtolower would throw.
    /// </summary>
    public static bool? StringToBool(JsonObject changes, string name) =>
        changes[name] is JsonValue value
            ? value.GetValueKind() switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                JsonValueKind.String => value.GetValue<string>().ToLowerInvariant() is "yes" or "true" or "1",
                JsonValueKind.Number => value.ToJsonString() == "1",
                _ => null,
            }
            : null;

    /// <summary>PHP's truthiness of a field: absent, null, false, 0, "", "0" and an empty array or object are false.</summary>
    public static bool IsTruthy(JsonObject changes, string name) => changes[name] switch
    {
        null => false,
        JsonArray array => array.Count > 0,
        JsonObject properties => properties.Count > 0,
        JsonValue value => value.GetValueKind() switch
        {
            JsonValueKind.True => true,
            JsonValueKind.String => value.GetValue<string>() is not ("" or "0"),
            // As text: a sanitized integer field holds a long, which GetValue<double> would refuse.
            JsonValueKind.Number => double.Parse(value.ToJsonString(), CultureInfo.InvariantCulture) != 0,
            _ => false,
        },
        _ => false,
    };
}
