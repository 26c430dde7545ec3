using System;
using System.Collections.Generic;
using System.Linq;
using WooPS.FakeStore.Catalog;

namespace WooPS.FakeStore.Rest.Endpoints;

/// <summary>
/// GET|HEAD a term collection: products/categories (capture 27), products/tags and
/// products/attributes/{attribute_id}/terms, paged like products (X-WP-Total, X-WP-TotalPages, Link).
/// </summary>
/// <param name="taxonomyFor">The taxonomy for the route's attribute id (ignored by categories and tags); null when there is none.</param>
internal sealed class TermListEndpoint(Func<long, TermTaxonomy?> taxonomyFor, ProductCatalog catalog) : IRestEndpoint
{
    public RestResponse Handle(RestRequest request)
    {
        (TermParameters? parameters, WooError? invalid) = TermParameters.Parse(request.Judged.Query);
        if (parameters is null)
        {
            return RestResponse.Error(invalid!);
        }
        // The permission callback looks the taxonomy up before it looks at who is asking.
        if (taxonomyFor(request.ParentId) is not TermTaxonomy taxonomy)
        {
            return RestResponse.Error(WooErrors.InvalidTaxonomy());
        }
        if (!request.IsAuthenticated)
        {
            return RestResponse.Error(WooErrors.CannotList());
        }
        TermCounts counts = TermCounts.Of(catalog);
        IReadOnlySet<long>? productTerms = parameters.Product is int productId && productId != 0 ? TermsOfProduct(productId) : null;
        (var page, int total) = TermSelection.Select(taxonomy, parameters, counts, productTerms);
        string path = "/wp-json/wc/v3/" + taxonomy.RestBase;
        string collection = request.Judged.Origin + path;
        var items = page.Select(term => taxonomy.Render(term, counts.Of(term), collection));
        return CollectionResponse.Create(request, path, items, total, parameters.LinkPage, parameters.PerPage, parameters.Fields);
    }

    /// <summary>get_the_terms on the post: a variation or an unknown id has none.</summary>
    private HashSet<long> TermsOfProduct(long productId) =>
        catalog.FindProduct(productId) is Product product
            ? ProductTerms.Of(product, product.Type == "variable" ? catalog.VariationsOf(product.Id) : []).ToHashSet()
            : [];
}
