using System.Text.Json.Nodes;

namespace WooPS.FakeStore.Rest;

/// <summary>
/// A WP_Error as the REST server renders it: {"code","message","data":{"status",…}}.
/// ExtraData holds whatever the real error adds to data (params/details, json_error_*, …).
/// </summary>
internal sealed record WooError(int Status, string Code, string Message, JsonObject? ExtraData = null)
{
    public JsonObject ToJson()
    {
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
