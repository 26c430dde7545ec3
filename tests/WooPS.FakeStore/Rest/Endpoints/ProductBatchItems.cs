using System.Text.Json.Nodes;
using WooPS.FakeStore.Catalog;

namespace WooPS.FakeStore.Rest.Endpoints;

/// <summary>The items of /wp-json/wc/v3/products/batch, each answered in the edit context.</summary>
internal sealed class ProductBatchItems(ProductCatalog catalog, ProductWriter writer) : IBatchItems
{
    public WooError? Refusal(RestRequest request) =>
        request.MayEditProducts ? null : WooErrors.CannotBatch(request.AuthorizationRequiredCode);

    public (JsonNode? Item, WooError? Error) Create(RestRequest request, JsonObject fields)
    {
        (Product? created, WooError? error) = writer.Create(fields);
        return (created is null ? null : ProductJson.Product(created, [], request.Judged.Origin, JsonContext.Edit), error);
    }

    public (JsonNode? Item, WooError? Error) Update(RestRequest request, long id, JsonObject fields)
    {
        (Product? updated, WooError? error) = writer.Update(id, fields);
        return (updated is null ? null : ProductJson.Product(updated, catalog.VariationsOf(id), request.Judged.Origin, JsonContext.Edit), error);
    }

    public (JsonNode? Item, WooError? Error) Delete(RestRequest request, long id)
    {
        var deleted = catalog.Delete(id);
        return deleted is null
            ? (null, WooErrors.InvalidProductId())
            : (ProductJson.Product(deleted.Value.Product, deleted.Value.Variations, request.Judged.Origin, JsonContext.Edit), null);
    }
}
