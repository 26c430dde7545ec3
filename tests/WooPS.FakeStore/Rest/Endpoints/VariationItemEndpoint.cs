using WooPS.FakeStore.Catalog;

namespace WooPS.FakeStore.Rest.Endpoints;

/// <summary>
/// GET|HEAD /wp-json/wc/v3/products/{product_id}/variations/{id}: one variation, as the list shows it,
/// also from the trash, in the context asked for (checked first). A variation of another product is as
/// unknown as a missing one.
/// </summary>
internal sealed class VariationItemEndpoint(ProductCatalog catalog) : IRestEndpoint
{
    public RestResponse Handle(RestRequest request)
    {
        var reader = new ParameterReader(request.Judged.Query);
        JsonContext context = reader.Context();
        if (reader.Error is WooError invalid)
        {
            return RestResponse.Error(invalid);
        }
        Product? parent = catalog.FindProduct(request.ParentId);
        Product? variation = parent is null ? null : catalog.FindVariation(parent.Id, request.RouteId);
        if (variation is null)
        {
            return RestResponse.Error(WooErrors.InvalidVariationId());
        }
        if (!request.IsAuthenticated)
        {
            return RestResponse.Error(WooErrors.CannotView());
        }
        string[]? fields = request.Judged.Query["_fields"]?.Split(',');
        return RestResponse.Ok(FieldFilter.Apply(ProductJson.Variation(variation, parent!, request.Judged.Origin, context), fields));
    }
}
