using System;
using System.Linq;
using WooPS.FakeStore.Catalog;

namespace WooPS.FakeStore.Rest.Endpoints;

/// <summary>
/// GET|HEAD one term: products/categories/{id}, products/tags/{id},
/// products/attributes/{attribute_id}/terms/{id}. The permission callback checks the taxonomy,
/// then the term, and only then who is asking, so anyone learns that an id does not exist.
/// </summary>
internal sealed class TermItemEndpoint(Func<long, TermTaxonomy?> taxonomyFor, ProductCatalog catalog) : IRestEndpoint
{
    public RestResponse Handle(RestRequest request)
    {
        if (taxonomyFor(request.ParentId) is not TermTaxonomy taxonomy)
        {
            return RestResponse.Error(WooErrors.InvalidTaxonomy());
        }
        // A term of another taxonomy is as missing as no term at all.
        if (taxonomy.Terms.FirstOrDefault(term => term.Id == request.RouteId) is not Term found)
        {
            return RestResponse.Error(WooErrors.InvalidTerm());
        }
        if (!request.IsAuthenticated)
        {
            return RestResponse.Error(WooErrors.CannotView());
        }
        string collection = request.Judged.Origin + "/wp-json/wc/v3/" + taxonomy.RestBase;
        string[]? fields = request.Judged.Query["_fields"]?.Split(',');
        return RestResponse.Ok(FieldFilter.Apply(taxonomy.Render(found, TermCounts.Of(catalog).Of(found), collection), fields));
    }
}
