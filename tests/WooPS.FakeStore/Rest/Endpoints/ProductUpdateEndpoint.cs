using System.Text.Json.Nodes;
using WooPS.FakeStore.Catalog;

namespace WooPS.FakeStore.Rest.Endpoints;

/// <summary>
/// POST|PUT|PATCH /wp-json/wc/v3/products/{id} (captures 34, 53b, 54–54c, 61b): the body checked
/// against the schema, then the user's right to edit (asked only of a product that exists), then
/// update_item: an unknown id, WooCommerce's own checks. 200 with the product in the edit context.
/// </summary>
internal sealed class ProductUpdateEndpoint(ProductCatalog catalog, ProductWriter writer) : IRestEndpoint
{
    public RestResponse Handle(RestRequest request)
    {
        (JsonObject? fields, WooError? invalid) = BodySchema.Product.Check(request);
        if (fields is null)
        {
            return RestResponse.Error(invalid!);
        }
        if (catalog.FindProduct(request.RouteId) is not null && !request.MayEditProducts)
        {
            return RestResponse.Error(WooErrors.CannotEdit(request.AuthorizationRequiredCode));
        }
        (Product? updated, WooError? refused) = writer.Update(request.RouteId, fields);
        return updated is null
            ? RestResponse.Error(refused!)
            : RestResponse.Ok(ProductJson.Product(updated, catalog.VariationsOf(updated.Id), request.Judged.Origin, JsonContext.Edit));
    }
}
