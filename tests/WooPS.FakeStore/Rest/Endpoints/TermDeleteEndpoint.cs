using WooPS.FakeStore.Catalog;

namespace WooPS.FakeStore.Rest.Endpoints;

/// <summary>
/// DELETE /wp-json/wc/v3/products/categories/{id} or products/tags/{id}: an unknown id is 404 for
/// anyone; terms have no trash, so without force=true the answer is 501 (capture 57e); with it the term
/// is deleted and the answer is the term as it was, product count included (57f). By then no
/// permission check of the route passes for it: no Allow header, no targetHints.
/// </summary>
internal sealed class TermDeleteEndpoint(TermTaxonomy taxonomy, TermWriter writer, ProductCatalog catalog) : IRestEndpoint
{
    public RestResponse Handle(RestRequest request)
    {
        var reader = new ParameterReader(request.Judged.Query);
        bool force = reader.Boolean("force") ?? false;
        if (reader.Error is WooError invalid)
        {
            return RestResponse.Error(invalid);
        }
        if (taxonomy.Find(request.RouteId) is null)
        {
            return RestResponse.Error(WooErrors.InvalidTerm()).WithNoMethodAllowed();
        }
        if (!request.MayEditProducts)
        {
            return RestResponse.Error(WooErrors.CannotDelete(request.AuthorizationRequiredCode));
        }
        if (!force)
        {
            return RestResponse.Error(WooErrors.TrashNotSupported());
        }
        // Counted before it goes, as delete_item prepares its answer first.
        TermCounts counts = TermCounts.Of(catalog);
        (Term? deleted, WooError? refused) = writer.Delete(taxonomy, request.RouteId);
        return deleted is null
            ? RestResponse.Error(refused!)
            : RestResponse.Ok(ResourceLinks.WithoutTargetHints(taxonomy.Json(deleted, counts, request.Judged.Origin))).WithNoMethodAllowed();
    }
}
