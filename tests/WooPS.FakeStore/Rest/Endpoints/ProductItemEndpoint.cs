using WooPS.FakeStore.Catalog;

namespace WooPS.FakeStore.Rest.Endpoints;

/// <summary>GET|HEAD /wp-json/wc/v3/products/{id} (captures 06, 06b, 21).</summary>
internal sealed class ProductItemEndpoint(ProductCatalog catalog, ProductJsonCache cache) : IRestEndpoint
{
    public RestResponse Handle(RestRequest request)
    {
        // The permission callback only refuses an existing product, so anyone learns "Invalid ID.".
        Product? product = catalog.FindProduct(request.RouteId);
        if (product is null)
        {
            return RestResponse.Error(WooErrors.InvalidProductId());
        }
        if (!request.IsAuthenticated)
        {
            return RestResponse.Error(WooErrors.CannotView());
        }
        string[]? fields = request.Judged.Query["_fields"]?.Split(',');
        // A full product comes from the cache; one cut down by _fields is rendered afresh.
        return fields is null
            ? RestResponse.Ok(new Utf8JsonBody(cache.Utf8Json(product, request.Judged.Origin)))
            : RestResponse.Ok(FieldFilter.Apply(
                ProductJson.Product(product, catalog.VariationsOf(product.Id), request.Judged.Origin, JsonContext.View), fields));
    }
}
