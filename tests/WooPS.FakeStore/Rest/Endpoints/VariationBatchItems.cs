using System.Text.Json.Nodes;
using WooPS.FakeStore.Catalog;

namespace WooPS.FakeStore.Rest.Endpoints;

/// <summary>
/// The items of /wp-json/wc/v3/products/{product_id}/variations/batch (capture 55), each answered in
/// the edit context as its single request would be: a create under an unknown product, an update or
/// delete of another product's variation, fails alone.
/// </summary>
internal sealed class VariationBatchItems(ProductCatalog catalog, VariationWriter writer) : IBatchItems
{
    public WooError? Refusal(RestRequest request) =>
        request.MayEditProducts ? null : WooErrors.CannotBatch(request.AuthorizationRequiredCode);

    public (JsonNode? Item, WooError? Error) Create(RestRequest request, JsonObject fields)
    {
        (Product? created, WooError? error) = writer.Create(request.ParentId, fields);
        return (created is null ? null : Render(request, created), error);
    }

    public (JsonNode? Item, WooError? Error) Update(RestRequest request, long id, JsonObject fields)
    {
        (Product? updated, WooError? error) = writer.Update(request.ParentId, id, fields, request.AuthorizationRequiredCode);
        return (updated is null ? null : Render(request, updated), error);
    }

    public (JsonNode? Item, WooError? Error) Delete(RestRequest request, long id)
    {
        if (catalog.FindProduct(request.ParentId) is not Product product || catalog.FindVariation(product.Id, id) is null)
        {
            return (null, WooErrors.InvalidVariationId());
        }
        return catalog.DeleteVariation(id) is Product deleted
            ? (ProductJson.Variation(deleted, product, request.Judged.Origin, JsonContext.Edit), null)
            : (null, WooErrors.InvalidVariationId());
    }

    private JsonObject Render(RestRequest request, Product variation) =>
        ProductJson.Variation(variation, catalog.FindProduct(variation.ParentId)!, request.Judged.Origin, JsonContext.Edit);
}
