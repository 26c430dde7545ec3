using System.Text.Json.Nodes;
using WooPS.FakeStore.Catalog;

namespace WooPS.FakeStore.Rest.Endpoints;

/// <summary>
/// POST /wp-json/wc/v3/products (captures 33, 35b, 35c, 61): the body checked against the schema,
/// then the user's right to create products, then WooCommerce's own checks (a duplicate SKU);
/// 201 with the new product's address in Location and the product in the edit context.
/// </summary>
internal sealed class ProductCreateEndpoint(ProductWriter writer) : IRestEndpoint
{
    public RestResponse Handle(RestRequest request)
    {
        (JsonObject? fields, WooError? invalid) = BodySchema.Product.Check(request);
        if (fields is null)
        {
            return RestResponse.Error(invalid!);
        }
        if (!request.MayEditProducts)
        {
            return RestResponse.Error(WooErrors.CannotCreate(request.AuthorizationRequiredCode));
        }
        (Product? created, WooError? refused) = writer.Create(fields);
        return created is null
            ? RestResponse.Error(refused!)
            : RestResponse.Created(ProductJson.Product(created, [], request.Judged.Origin, JsonContext.Edit),
                $"{request.Judged.RestRoot}/wc/v3/products/{created.Id}");
    }
}
