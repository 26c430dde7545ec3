using System.Text.Json.Nodes;
using WooPS.FakeStore.Catalog;

namespace WooPS.FakeStore.Rest.Endpoints;

/// <summary>
/// POST /wp-json/wc/v3/products/{product_id}/variations: the body checked against the variation
/// schema, then the user's right to create, then the product (an unknown one is 404), then the SKU;
/// 201 with the variation in the edit context. The Location is WooCommerce's: create_item builds it
/// from the route's pattern unreplaced, so it reads ".../products/(?P&lt;product_id&gt;[\d]+)/variations/{id}"
/// (inferred from WC_REST_CRUD_Controller::create_item, no capture).
/// </summary>
internal sealed class VariationCreateEndpoint(ProductCatalog catalog, VariationWriter writer) : IRestEndpoint
{
    public RestResponse Handle(RestRequest request)
    {
        (JsonObject? fields, WooError? invalid) = BodySchema.Variation.Check(request);
        if (fields is null)
        {
            return RestResponse.Error(invalid!);
        }
        if (!request.MayEditProducts)
        {
            return RestResponse.Error(WooErrors.CannotCreate(request.AuthorizationRequiredCode));
        }
        (Product? created, WooError? refused) = writer.Create(request.ParentId, fields);
        if (created is null)
        {
            return RestResponse.Error(refused!);
        }
        Product product = catalog.FindProduct(created.ParentId)!;
        return RestResponse.Created(ProductJson.Variation(created, product, request.Judged.Origin, JsonContext.Edit),
            $"{request.Judged.RestRoot}/wc/v3/products/(?P<product_id>[\\d]+)/variations/{created.Id}");
    }
}
