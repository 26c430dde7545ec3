using WooPS.FakeStore.Catalog;

namespace WooPS.FakeStore.Rest.Endpoints;

/// <summary>
/// GET|HEAD /wp-json/wc/v3/products/{id} (captures 06, 06b, 21); a product in the trash is still found, and so is
/// a variation, rendered as the products controller renders it (get_item has no variation check; writes do).
/// context=edit shows the texts as stored; WordPress checks it before anything else.
/// </summary>
internal sealed class ProductItemEndpoint(ProductCatalog catalog, ProductBodies bodies) : IRestEndpoint
{
    public RestResponse Handle(RestRequest request)
    {
        var reader = new ParameterReader(request.Judged.Query);
        JsonContext context = reader.Context();
        if (reader.Error is WooError invalid)
        {
            return RestResponse.Error(invalid);
        }
        // The permission callback only refuses an existing product, so anyone learns "Invalid ID.".
        Product? product = catalog.FindProductOrVariation(request.RouteId);
        if (product is null)
        {
            return RestResponse.Error(WooErrors.InvalidProductId());
        }
        if (!request.IsAuthenticated)
        {
            return RestResponse.Error(WooErrors.CannotView());
        }
        string[]? fields = request.Judged.Query["_fields"]?.Split(',');
        return RestResponse.Ok(new Utf8JsonBody(bodies.For(request, fields, context)(product)));
    }
}
