using System.Collections.Generic;
using System.Linq;
using WooPS.FakeStore.Catalog;

namespace WooPS.FakeStore.Rest.Endpoints;

/// <summary>
/// GET|HEAD /wp-json/wc/v3/products (captures 01–03c, 07, 15, 17, 37), with WooCommerce's filters:
/// category (subcategories included), tag, featured, on_sale, stock_status, min_price/max_price,
/// after/before, modified_after/modified_before, dates_are_gmt, include/exclude/parent, sku (variations too), search,
/// status, type; orderby date, id, include, title, slug, modified or price; context view or edit. Under
/// <see cref="FakeStoreModes.NonObjectItem"/> a page's second item is false.
/// </summary>
internal sealed class ProductListEndpoint(ProductCatalog catalog, ProductBodies bodies, TermTaxonomy categories) : IRestEndpoint
{
    private const string Path = "/wp-json/wc/v3/products";

    public RestResponse Handle(RestRequest request)
    {
        // WordPress validates parameters before it asks the permission callback.
        (ListParameters? parameters, WooError? invalid) = ListParameters.Parse(request.Judged.Query);
        if (parameters is null)
        {
            return RestResponse.Error(invalid!);
        }
        if (!request.IsAuthenticated)
        {
            return RestResponse.Error(WooErrors.CannotList());
        }
        // Asked for by SKU, WooCommerce searches variations too (post_type product and product_variation, capture 56).
        IReadOnlyList<Product> candidates = parameters.Skus.Count > 0 ? catalog.All() : catalog.Products();
        (var page, int total) = ProductSelection.Select(candidates, parameters, catalog.VariationsOf, BySlug, categories.WithDescendants(parameters.Categories));
        var items = page.Select(bodies.For(request, parameters.Fields, parameters.Context)).ToList();
        if (request.Modes.NonObjectItem && items.Count > 1)
        {
            items[1] = "false"u8.ToArray();
        }
        return CollectionResponse.Create(request, Path, new JsonArrayBody(items), total, parameters.Page, parameters.PerPage);
    }

    private static int BySlug(Product left, Product right) => string.CompareOrdinal(left.Slug, right.Slug);
}
