using System.Text.Json.Nodes;
using WooPS.FakeStore.Catalog;

namespace WooPS.FakeStore.Rest.Endpoints;

/// <summary>
/// POST|PUT|PATCH /wp-json/wc/v3/products/{product_id}/variations/{id}: the body checked against the
/// variation schema, then the permission check (the user's right to edit, then that the variation is
/// this product's: "Parent product does not match current variation.", 403), then update_item: an
/// unknown id is 400, a duplicate SKU refused. 200 with the variation in the edit context.
/// </summary>
internal sealed class VariationUpdateEndpoint(ProductCatalog catalog, VariationWriter writer) : IRestEndpoint
{
    public RestResponse Handle(RestRequest request)
    {
        (JsonObject? fields, WooError? invalid) = BodySchema.Variation.Check(request);
        if (fields is null)
        {
            return RestResponse.Error(invalid!);
        }
        if (catalog.FindProductOrVariation(request.RouteId) is { IsVariation: true } && !request.MayEditProducts)
        {
            return RestResponse.Error(WooErrors.CannotEdit(request.AuthorizationRequiredCode));
        }
        (Product? updated, WooError? refused) = writer.Update(request.ParentId, request.RouteId, fields, request.AuthorizationRequiredCode);
        return updated is null
            ? RestResponse.Error(refused!)
            : RestResponse.Ok(ProductJson.Variation(updated, catalog.FindProduct(updated.ParentId)!, request.Judged.Origin, JsonContext.Edit));
    }
}
