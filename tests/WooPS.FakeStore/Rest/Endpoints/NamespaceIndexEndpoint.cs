using System.Text.Json.Nodes;

namespace WooPS.FakeStore.Rest.Endpoints;

/// <summary>GET /wp-json/wc/v3: the WooCommerce namespace document (capture 04, trimmed).</summary>
internal sealed class NamespaceIndexEndpoint : IRestEndpoint
{
    public RestResponse Handle(RestRequest request)
    {
        string restRoot = request.Judged.RestRoot;
        return RestResponse.Ok(new JsonObject
        {
            ["namespace"] = "wc/v3",
            ["routes"] = RouteIndex.Routes(restRoot, includeSiteRoot: false),
            ["_links"] = new JsonObject { ["up"] = new JsonArray(new JsonObject { ["href"] = restRoot + "/" }) },
        });
    }
}
