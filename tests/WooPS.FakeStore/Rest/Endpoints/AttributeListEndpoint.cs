using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using WooPS.FakeStore.Catalog;

namespace WooPS.FakeStore.Rest.Endpoints;

/// <summary>
/// GET|HEAD /wp-json/wc/v3/products/attributes: every global attribute at once. The route takes no
/// paging parameters (page and per_page are ignored, never rejected) and sends no Link header;
/// it does set X-WP-Total and X-WP-TotalPages: 1 (WC_REST_Product_Attributes_V1_Controller::get_items).
/// </summary>
internal sealed class AttributeListEndpoint : IRestEndpoint
{
    private const string Path = "/wp-json/wc/v3/products/attributes";

    public RestResponse Handle(RestRequest request)
    {
        if (!request.IsAuthenticated)
        {
            return RestResponse.Error(WooErrors.CannotList());
        }
        string[]? fields = request.Judged.Query["_fields"]?.Split(',');
        string collection = request.Judged.Origin + Path;
        var body = new JsonArray(StoreTerms.Attributes
            .Select(attribute => (JsonNode?)FieldFilter.Apply(TermJson.Attribute(attribute, collection), fields)).ToArray());
        return RestResponse.Ok(body)
            .WithHeader("X-WP-Total", body.Count.ToString(CultureInfo.InvariantCulture))
            .WithHeader("X-WP-TotalPages", "1");
    }
}
