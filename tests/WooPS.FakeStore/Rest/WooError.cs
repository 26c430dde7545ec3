using System.Text.Json.Nodes;

namespace WooPS.FakeStore.Rest;

/// <summary>
/// A WP_Error as the REST server renders it: {"code","message","data":{"status",…}}.
/// ExtraData holds whatever the real error adds to data (params/details, json_error_*, …).
/// </summary>
internal sealed record WooError(int Status, string Code, string Message, JsonObject? ExtraData = null)
{
    /// <summary>Whether the WP_Error carries no data at all: the REST server then answers 500 with "data":null.</summary>
    public bool HasNoData { get; private init; }

    /// <summary>A WP_Error made without data, as WordPress's own functions (wp_update_term) return them.</summary>
    public static WooError WithoutData(string code, string message) => new(500, code, message) { HasNoData = true };

    public JsonObject ToJson()
    {
        if (HasNoData)
        {
            return new JsonObject { ["code"] = Code, ["message"] = Message, ["data"] = null };
        }
        var data = new JsonObject { ["status"] = Status };
        if (ExtraData is not null)
        {
            foreach (var (name, value) in ExtraData)
            {
                data[name] = value?.DeepClone();
            }
        }
        return new JsonObject { ["code"] = Code, ["message"] = Message, ["data"] = data };
    }
}
