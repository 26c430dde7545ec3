using WooPS.FakeStore.Catalog;

namespace WooPS.FakeStore.Rest.Endpoints;

/// <summary>
/// GET|HEAD /wp-json/wc/v3/products/attributes/{id}. An unknown id is 404 for anyone: the
/// permission callback looks the attribute's taxonomy up first.
/// </summary>
internal sealed class AttributeItemEndpoint : IRestEndpoint
{
    public RestResponse Handle(RestRequest request)
    {
        if (StoreTerms.FindAttribute(request.RouteId) is not ProductAttribute attribute)
        {
            return RestResponse.Error(WooErrors.InvalidAttribute());
        }
        if (!request.IsAuthenticated)
        {
            return RestResponse.Error(WooErrors.CannotView());
        }
        string collection = request.Judged.Origin + "/wp-json/wc/v3/products/attributes";
        string[]? fields = request.Judged.Query["_fields"]?.Split(',');
        return RestResponse.Ok(FieldFilter.Apply(TermJson.Attribute(attribute, collection), fields));
    }
}
