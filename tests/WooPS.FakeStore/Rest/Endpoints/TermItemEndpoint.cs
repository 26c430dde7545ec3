using System;
using WooPS.FakeStore.Catalog;

namespace WooPS.FakeStore.Rest.Endpoints;

/// <summary>
/// GET|HEAD one term: products/categories/{id}, products/tags/{id},
/// products/attributes/{attribute_id}/terms/{id}. The permission callback checks the taxonomy,
/// then the term, and only then who is asking, so anyone learns that an id does not exist; as every
/// permission check of the route fails for it, that answer has no Allow header.
/// </summary>
internal sealed class TermItemEndpoint(Func<long, TermTaxonomy?> taxonomyFor, ProductCatalog catalog) : IRestEndpoint
{
    public RestResponse Handle(RestRequest request)
    {
        if (taxonomyFor(request.ParentId) is not TermTaxonomy taxonomy)
        {
            return RestResponse.Error(WooErrors.InvalidTaxonomy()).WithNoMethodAllowed();
        }
        if (taxonomy.Find(request.RouteId) is not Term found)
        {
            return RestResponse.Error(WooErrors.InvalidTerm()).WithNoMethodAllowed();
        }
        if (!request.IsAuthenticated)
        {
            return RestResponse.Error(WooErrors.CannotView());
        }
        string[]? fields = request.Judged.Query["_fields"]?.Split(',');
        return RestResponse.Ok(FieldFilter.Apply(taxonomy.Json(found, TermCounts.Of(catalog), request.Judged.Origin), fields));
    }
}
