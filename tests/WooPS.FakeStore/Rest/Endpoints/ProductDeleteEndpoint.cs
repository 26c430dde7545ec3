using WooPS.FakeStore.Catalog;

namespace WooPS.FakeStore.Rest.Endpoints;

/// <summary>
/// DELETE /wp-json/wc/v3/products/{id}: without force=true the product goes to the trash and the
/// answer is the product as it was (capture 23), a second time 410 (23b); with force=true it is
/// deleted for good, variations and all (36). Both answer in the edit context. An unknown id is 404
/// for anyone; the user's right to delete is asked only of a product that exists.
/// </summary>
internal sealed class ProductDeleteEndpoint(ProductCatalog catalog) : IRestEndpoint
{
    public RestResponse Handle(RestRequest request)
    {
        var reader = new ParameterReader(request.Judged.Query);
        bool force = reader.Boolean("force") ?? false;
        if (reader.Error is WooError invalid)
        {
            return RestResponse.Error(invalid);
        }
        if (catalog.FindProduct(request.RouteId) is null)
        {
            return RestResponse.Error(WooErrors.InvalidProductId());
        }
        if (!request.MayEditProducts)
        {
            return RestResponse.Error(WooErrors.CannotDelete(request.AuthorizationRequiredCode));
        }
        string origin = request.Judged.Origin;
        if (force)
        {
            var deleted = catalog.Delete(request.RouteId);
            return deleted is null
                ? RestResponse.Error(WooErrors.InvalidProductId())
                : RestResponse.Ok(ProductJson.Product(deleted.Value.Product, deleted.Value.Variations, origin, JsonContext.Edit));
        }
        return catalog.Trash(request.RouteId) switch
        {
            null => RestResponse.Error(WooErrors.InvalidProductId()),
            (_, WasInTrash: true) => RestResponse.Error(WooErrors.AlreadyTrashed()),
            var (before, _) => RestResponse.Ok(ProductJson.Product(before, catalog.VariationsOf(before.Id), origin, JsonContext.Edit)),
        };
    }
}
