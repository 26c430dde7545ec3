using System.Linq;
using System.Text.Json.Nodes;

namespace WooPS.FakeStore.Rest.Endpoints;

/// <summary>GET /wp-json/wc/v3: the WooCommerce namespace document (capture 04, trimmed), listing the router's wc/v3 routes.</summary>
internal sealed class NamespaceIndexEndpoint(RestRouter router) : IRestEndpoint
{
    private const string Namespace = "wc/v3";

    public RestResponse Handle(RestRequest request)
    {
        string restRoot = request.Judged.RestRoot;
        return RestResponse.Ok(new JsonObject
        {
            ["namespace"] = Namespace,
            ["routes"] = RouteIndex.Routes(router.Routes.Where(route => route.Namespace == Namespace), restRoot),
            ["_links"] = new JsonObject { ["up"] = new JsonArray(new JsonObject { ["href"] = restRoot + "/" }) },
        });
    }
}
