using System;
using System.Text.Json.Nodes;

namespace WooPS.FakeStore.Rest.Endpoints;

/// <summary>
/// The "routes" object of the discovery documents, trimmed to the routes this store serves
/// (the real ones run to megabytes, captures 04 and 05).
/// </summary>
internal static class RouteIndex
{
    public static JsonObject Routes(string restRoot, bool includeSiteRoot)
    {
        var routes = new JsonObject();
        if (includeSiteRoot)
        {
            routes["/"] = Route(restRoot, "/", "", ["GET"], linked: true);
        }
        routes["/wc/v3"] = Route(restRoot, "/wc/v3", "wc/v3", ["GET"], linked: true);
        routes["/wc/v3/products"] = Route(restRoot, "/wc/v3/products", "wc/v3", ["GET", "POST"], linked: true);
        routes["/wc/v3/products/(?P<id>[\\d]+)"] =
            Route(restRoot, "", "wc/v3", ["GET", "POST", "PUT", "PATCH", "DELETE"], linked: false);
        routes["/wc/v3/products/batch"] = Route(restRoot, "/wc/v3/products/batch", "wc/v3", ["POST", "PUT", "PATCH"], linked: true);
        routes["/wc/v3/products/(?P<product_id>[\\d]+)/variations"] = Route(restRoot, "", "wc/v3", ["GET", "POST"], linked: false);
        routes["/wc/v3/products/(?P<product_id>[\\d]+)/variations/(?P<id>[\\d]+)"] =
            Route(restRoot, "", "wc/v3", ["GET", "POST", "PUT", "PATCH", "DELETE"], linked: false);
        routes["/wc/v3/products/attributes/(?P<attribute_id>[\\d]+)/terms"] = Route(restRoot, "", "wc/v3", ["GET", "POST"], linked: false);
        routes["/wc/v3/products/attributes/(?P<attribute_id>[\\d]+)/terms/(?P<id>[\\d]+)"] =
            Route(restRoot, "", "wc/v3", ["GET", "POST", "PUT", "PATCH", "DELETE"], linked: false);
        routes["/wc/v3/products/attributes"] = Route(restRoot, "/wc/v3/products/attributes", "wc/v3", ["GET", "POST"], linked: true);
        routes["/wc/v3/products/attributes/(?P<id>[\\d]+)"] =
            Route(restRoot, "", "wc/v3", ["GET", "POST", "PUT", "PATCH", "DELETE"], linked: false);
        routes["/wc/v3/products/categories"] = Route(restRoot, "/wc/v3/products/categories", "wc/v3", ["GET", "POST"], linked: true);
        routes["/wc/v3/products/categories/(?P<id>[\\d]+)"] =
            Route(restRoot, "", "wc/v3", ["GET", "POST", "PUT", "PATCH", "DELETE"], linked: false);
        routes["/wc/v3/products/tags"] = Route(restRoot, "/wc/v3/products/tags", "wc/v3", ["GET", "POST"], linked: true);
        routes["/wc/v3/products/tags/(?P<id>[\\d]+)"] =
            Route(restRoot, "", "wc/v3", ["GET", "POST", "PUT", "PATCH", "DELETE"], linked: false);
        return routes;
    }

    /// <summary>WordPress links a route to itself only when it has no placeholders.</summary>
    private static JsonObject Route(string restRoot, string path, string space, string[] methods, bool linked)
    {
        var route = new JsonObject
        {
            ["namespace"] = space,
            ["methods"] = new JsonArray(Array.ConvertAll(methods, method => (JsonNode?)method)),
            ["endpoints"] = new JsonArray(new JsonObject
            {
                ["methods"] = new JsonArray(Array.ConvertAll(methods, method => (JsonNode?)method)),
                ["args"] = new JsonObject(),
            }),
        };
        if (linked)
        {
            route["_links"] = new JsonObject { ["self"] = new JsonArray(new JsonObject { ["href"] = restRoot + path }) };
        }
        return route;
    }
}
