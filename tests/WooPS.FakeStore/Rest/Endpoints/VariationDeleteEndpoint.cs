using WooPS.FakeStore.Catalog;

namespace WooPS.FakeStore.Rest.Endpoints;

/// <summary>
/// DELETE /wp-json/wc/v3/products/{product_id}/variations/{id}: without force=true the variation goes to
/// the trash (it leaves its product's variations and price range) and the answer is the variation as
/// it was (capture 23c), a second time 410; with force=true it is deleted for good. Both answer in
/// the edit context. An unknown id is 404 for anyone, and so is a variation of another product (as the
/// store's GET has it; WooCommerce's delete does not check the product).
/// </summary>
internal sealed class VariationDeleteEndpoint(ProductCatalog catalog) : IRestEndpoint
{
    public RestResponse Handle(RestRequest request)
    {
        var reader = new ParameterReader(request.Judged.Query);
        bool force = reader.Boolean("force") ?? false;
        if (reader.Error is WooError invalid)
        {
            return RestResponse.Error(invalid);
        }
        if (catalog.FindProduct(request.ParentId) is not Product product || catalog.FindVariation(product.Id, request.RouteId) is null)
        {
            return RestResponse.Error(WooErrors.InvalidVariationId());
        }
        if (!request.MayEditProducts)
        {
            return RestResponse.Error(WooErrors.CannotDelete(request.AuthorizationRequiredCode));
        }
        string origin = request.Judged.Origin;
        if (force)
        {
            return catalog.DeleteVariation(request.RouteId) is Product deleted
                ? RestResponse.Ok(ProductJson.Variation(deleted, product, origin, JsonContext.Edit))
                : RestResponse.Error(WooErrors.InvalidVariationId());
        }
        return catalog.TrashVariation(request.RouteId) switch
        {
            null => RestResponse.Error(WooErrors.InvalidVariationId()),
            (_, WasInTrash: true) => RestResponse.Error(WooErrors.AlreadyTrashed("product_variation")),
            var (before, _) => RestResponse.Ok(ProductJson.Variation(before, product, origin, JsonContext.Edit)),
        };
    }
}
