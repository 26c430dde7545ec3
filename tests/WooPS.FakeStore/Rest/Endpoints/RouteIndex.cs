using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace WooPS.FakeStore.Rest.Endpoints;

/// <summary>
/// The "routes" object of the discovery documents, listing the routes this store serves (the real
/// ones run to megabytes, captures 04 and 05), each with the methods the real route allows.
/// </summary>
internal static class RouteIndex
{
    public static JsonObject Routes(IEnumerable<RestRoute> routes, string restRoot)
    {
        var index = new JsonObject();
        foreach (RestRoute route in routes)
        {
            index[route.Pattern] = Route(route, restRoot);
        }
        return index;
    }

    private static JsonObject Route(RestRoute route, string restRoot)
    {
        var entry = new JsonObject
        {
            ["namespace"] = route.Namespace,
            ["methods"] = Methods(route),
            ["endpoints"] = new JsonArray(new JsonObject { ["methods"] = Methods(route), ["args"] = new JsonObject() }),
        };
        if (route.IsLinked)
        {
            entry["_links"] = new JsonObject { ["self"] = new JsonArray(new JsonObject { ["href"] = restRoot + route.Pattern }) };
        }
        return entry;
    }

    private static JsonArray Methods(RestRoute route) => new(route.Methods.Select(method => (JsonNode?)method).ToArray());
}
