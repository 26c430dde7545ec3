using System.Text.Json.Nodes;
using WooPS.FakeStore.Catalog;

namespace WooPS.FakeStore.Rest.Endpoints;

/// <summary>
/// POST|PUT|PATCH /wp-json/wc/v3/products/categories/{id} or products/tags/{id} (captures 57c, 57d): the
/// body checked against the taxonomy's schema, then the permission check (an unknown id is 404 for
/// anyone, then the user's right to edit), then wp_update_term's own checks. Renaming keeps the slug.
/// </summary>
internal sealed class TermUpdateEndpoint(TermTaxonomy taxonomy, BodySchema schema, TermWriter writer, ProductCatalog catalog) : IRestEndpoint
{
    public RestResponse Handle(RestRequest request)
    {
        (JsonObject? fields, WooError? invalid) = schema.Check(request);
        if (fields is null)
        {
            return RestResponse.Error(invalid!);
        }
        if (taxonomy.Find(request.RouteId) is null)
        {
            return RestResponse.Error(WooErrors.InvalidTerm()).WithNoMethodAllowed();
        }
        if (!request.MayEditProducts)
        {
            return RestResponse.Error(WooErrors.CannotEdit(request.AuthorizationRequiredCode));
        }
        (Term? updated, WooError? refused) = writer.Update(taxonomy, request.RouteId, fields);
        return updated is null
            ? RestResponse.Error(refused!)
            : RestResponse.Ok(taxonomy.Json(updated, TermCounts.Of(catalog), request.Judged.Origin));
    }
}
