using System;
using System.Collections.Generic;
using System.Linq;
using WooPS.FakeStore.Catalog;

namespace WooPS.FakeStore.Rest.Endpoints;

/// <summary>
/// GET|HEAD /wp-json/wc/v3/products (captures 01–03c, 07, 15, 17, 37), with WooCommerce's filters:
/// category (subcategories included), tag, featured, on_sale, stock_status, min_price/max_price,
/// after/before, modified_after/modified_before, dates_are_gmt, include/exclude/parent, sku, search,
/// status, type; orderby date, id, include, title, slug, modified or price.
/// </summary>
internal sealed class ProductListEndpoint(ProductCatalog catalog, ProductJsonCache cache) : IRestEndpoint
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
        (var page, int total) = ProductSelection.Select(catalog.Products(), parameters, catalog.VariationsOf, BySlug);
        var items = page.Select(product => Utf8Json(product, request.Judged.Origin, parameters.Fields)).ToList();
        return CollectionResponse.Create(request, Path, new JsonArrayBody(items), total, parameters.Page, parameters.PerPage);
    }

    /// <summary>A full product comes from the cache; one cut down by _fields is rendered afresh.</summary>
    private byte[] Utf8Json(Product product, string origin, IReadOnlyList<string>? fields) => fields is null
        ? cache.Utf8Json(product, origin)
        : PhpJson.SerializeToUtf8(FieldFilter.Apply(ProductJson.Product(product, catalog.VariationsOf(product.Id), origin, JsonContext.View), fields));

    private static int BySlug(Product left, Product right) => string.CompareOrdinal(left.Slug, right.Slug);
}
