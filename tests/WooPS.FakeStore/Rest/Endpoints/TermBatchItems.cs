using System.Text.Json.Nodes;
using WooPS.FakeStore.Catalog;

namespace WooPS.FakeStore.Rest.Endpoints;

/// <summary>
/// The items of /wp-json/wc/v3/products/categories/batch or products/tags/batch (captures 58, 58b).
/// WC_REST_Controller::batch_items calls the callbacks straight, past the permission checks that
/// find an unknown id: updating one fails in wp_update_term ("Empty Term.", no data), deleting one in
/// wp_delete_term ("The resource cannot be deleted.", 500). Deleted terms come back as after a forced
/// delete, without targetHints.
/// </summary>
internal sealed class TermBatchItems(TermTaxonomy taxonomy, TermWriter writer, ProductCatalog catalog) : IBatchItems
{
    public WooError? Refusal(RestRequest request) =>
        request.MayEditProducts ? null : WooErrors.CannotBatch(request.AuthorizationRequiredCode);

    public (JsonNode? Item, WooError? Error) Create(RestRequest request, JsonObject fields)
    {
        (Term? created, WooError? error) = writer.Create(taxonomy, fields);
        return (created is null ? null : taxonomy.Json(created, TermCounts.Of(catalog), request.Judged.Origin), error);
    }

    public (JsonNode? Item, WooError? Error) Update(RestRequest request, long id, JsonObject fields)
    {
        (Term? updated, WooError? error) = writer.Update(taxonomy, id, fields);
        return (updated is null ? null : taxonomy.Json(updated, TermCounts.Of(catalog), request.Judged.Origin), error);
    }

    public (JsonNode? Item, WooError? Error) Delete(RestRequest request, long id)
    {
        TermCounts counts = TermCounts.Of(catalog);
        (Term? deleted, WooError? error) = writer.Delete(taxonomy, id);
        return (deleted is null ? null : ResourceLinks.WithoutTargetHints(taxonomy.Json(deleted, counts, request.Judged.Origin)), error);
    }
}
