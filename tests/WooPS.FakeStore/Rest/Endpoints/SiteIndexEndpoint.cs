using System.Text.Json.Nodes;

namespace WooPS.FakeStore.Rest.Endpoints;

/// <summary>GET /wp-json/: the site's discovery document (capture 05, trimmed), listing every route of the router.</summary>
internal sealed class SiteIndexEndpoint(RestRouter router) : IRestEndpoint
{
    public RestResponse Handle(RestRequest request)
    {
        string origin = request.Judged.Origin;
        return RestResponse.Ok(new JsonObject
        {
            ["name"] = "WooPS Fake Store",
            ["description"] = "",
            ["url"] = origin,
            ["home"] = origin,
            ["gmt_offset"] = "0",
            ["timezone_string"] = "",
            ["page_for_posts"] = 0,
            ["page_on_front"] = 0,
            ["show_on_front"] = "posts",
            ["namespaces"] = new JsonArray("oembed/1.0", "wc/v3", "wc/v1", "wc/store/v1", "wc/v2", "wp/v2"),
            // An empty PHP array: WordPress sends [] here, not {}.
            ["authentication"] = new JsonArray(),
            ["routes"] = RouteIndex.Routes(router.Routes, request.Judged.RestRoot),
            ["site_logo"] = 0,
            ["site_icon"] = 0,
            ["site_icon_url"] = "",
            ["_links"] = new JsonObject
            {
                ["help"] = new JsonArray(new JsonObject { ["href"] = "https://developer.wordpress.org/rest-api/" }),
            },
        });
    }
}
