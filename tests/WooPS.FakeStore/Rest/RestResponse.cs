using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace WooPS.FakeStore.Rest;

/// <summary>What an endpoint answers: status, JSON body and the REST headers it sets.</summary>
internal sealed class RestResponse
{
    public RestResponse(int status, JsonBody body)
    {
        Status = status;
        Body = body;
    }

    public int Status { get; }

    public JsonBody Body { get; }

    /// <summary>Endpoint headers (X-WP-Total, Link, Allow, Location, …) in the order they were set.</summary>
    public List<KeyValuePair<string, string>> Headers { get; } = [];

    /// <summary>
    /// Whether the answer goes without an Allow header: WordPress lists there the methods whose
    /// permission checks pass, and none passes for a term that does not exist (any more, capture 57f).
    /// </summary>
    public bool AllowsNoMethod { get; private set; }

    public static RestResponse Ok(JsonNode body) => new(200, new JsonNodeBody(body));

    public static RestResponse Ok(JsonBody body) => new(200, body);

    /// <summary>201 with the new resource's address, as create_item answers (capture 33).</summary>
    public static RestResponse Created(JsonNode body, string location) => new RestResponse(201, new JsonNodeBody(body)).WithHeader("Location", location);

    public static RestResponse Error(WooError error) => new(error.Status, new JsonNodeBody(error.ToJson()));

    public RestResponse WithNoMethodAllowed()
    {
        AllowsNoMethod = true;
        return this;
    }

    public RestResponse WithHeader(string name, string value)
    {
        Headers.Add(new KeyValuePair<string, string>(name, value));
        return this;
    }
}
