using WooPS.FakeStore.Catalog;
using WooPS.FakeStore.Rest.Endpoints;

namespace WooPS.FakeStore.Rest;

/// <summary>The routes this store serves under /wp-json, matched like WP_REST_Server does.</summary>
/// <param name="productJson">Shared by the product list and item endpoints: both send the same full product JSON.</param>
internal sealed class RestRouter(ProductCatalog catalog, ProductJsonCache productJson)
{
    private readonly RestRoute[] _routes =
    [
        new("/", "GET", "GET", new SiteIndexEndpoint()),
        new("/wc/v3", "GET", "GET", new NamespaceIndexEndpoint()),
        new("/wc/v3/products", "GET, POST", "GET", new ProductListEndpoint(catalog, productJson)),
        new("/wc/v3/products/batch", "POST, PUT, PATCH", "POST, PUT, PATCH", new ProductBatchEndpoint(catalog)),
        new("/wc/v3/products/(?<id>[0-9]+)", "GET, POST, PUT, PATCH, DELETE", "GET", new ProductItemEndpoint(catalog, productJson)),
        new("/wc/v3/products/(?<id>[0-9]+)/variations", "GET, POST", "GET", new VariationListEndpoint(catalog)),
        new("/wc/v3/products/(?<parent_id>[0-9]+)/variations/(?<id>[0-9]+)", "GET, POST, PUT, PATCH, DELETE", "GET", new VariationItemEndpoint(catalog)),
        new("/wc/v3/products/categories", "GET, POST", "GET", new TermListEndpoint(_ => TermTaxonomy.Categories, catalog)),
        new("/wc/v3/products/categories/(?<id>[0-9]+)", "GET, POST, PUT, PATCH, DELETE", "GET",
            new TermItemEndpoint(_ => TermTaxonomy.Categories, catalog)),
        new("/wc/v3/products/tags", "GET, POST", "GET", new TermListEndpoint(_ => TermTaxonomy.Tags, catalog)),
        new("/wc/v3/products/tags/(?<id>[0-9]+)", "GET, POST, PUT, PATCH, DELETE", "GET",
            new TermItemEndpoint(_ => TermTaxonomy.Tags, catalog)),
        new("/wc/v3/products/attributes", "GET, POST", "GET", new AttributeListEndpoint()),
        new("/wc/v3/products/attributes/(?<id>[0-9]+)", "GET, POST, PUT, PATCH, DELETE", "GET", new AttributeItemEndpoint()),
        new("/wc/v3/products/attributes/(?<parent_id>[0-9]+)/terms", "GET, POST", "GET",
            new TermListEndpoint(TermTaxonomy.OfAttribute, catalog)),
        new("/wc/v3/products/attributes/(?<parent_id>[0-9]+)/terms/(?<id>[0-9]+)", "GET, POST, PUT, PATCH, DELETE", "GET",
            new TermItemEndpoint(TermTaxonomy.OfAttribute, catalog)),
    ];

    /// <summary>
    /// The route serving this path and method, or null: WordPress then answers rest_no_route,
    /// also when only the method is wrong.
    /// </summary>
    public (RestRoute Route, long Id, long ParentId)? Match(string route, string method)
    {
        foreach (RestRoute candidate in _routes)
        {
            if (candidate.Matches(route, method, out long id, out long parentId))
            {
                return (candidate, id, parentId);
            }
        }
        return null;
    }
}
