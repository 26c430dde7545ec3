using System.Collections.Generic;
using System.Linq;
using WooPS.FakeStore.Catalog;

namespace WooPS.FakeStore.Rest.Endpoints;

/// <summary>
/// GET|HEAD /wp-json/wc/v3/products/{product_id}/variations (capture 08), with the product filters that
/// variations keep: on_sale, stock_status, min_price/max_price, the date limits, include/exclude, sku, search; and context.
/// </summary>
internal sealed class VariationListEndpoint(ProductCatalog catalog) : IRestEndpoint
{
    // Variations take no category filter.
    private static readonly IReadOnlySet<long> NoCategories = new HashSet<long>();

    public RestResponse Handle(RestRequest request)
    {
        (ListParameters? parameters, WooError? invalid) = ListParameters.Parse(request.Judged.Query, ofVariations: true);
        if (parameters is null)
        {
            return RestResponse.Error(invalid!);
        }
        if (!request.IsAuthenticated)
        {
            return RestResponse.Error(WooErrors.CannotList());
        }
        string path = $"/wp-json/wc/v3/products/{request.ParentId}/variations";
        // An unknown parent simply has no variations: the real query is post_parent = id.
        if (catalog.FindProduct(request.ParentId) is not Product parent)
        {
            return CollectionResponse.Create(request, path, [], 0, parameters.Page, parameters.PerPage, parameters.Fields);
        }
        // Same-second variations come back newest id first (capture 08). Those in the trash count for status=trash only.
        (var page, int total) = ProductSelection.Select(
            catalog.AllVariationsOf(parent.Id), parameters, _ => [], (left, right) => left.Id.CompareTo(right.Id), NoCategories);
        var items = page.Select(variation => ProductJson.Variation(variation, parent, request.Judged.Origin, parameters.Context));
        return CollectionResponse.Create(request, path, items, total, parameters.Page, parameters.PerPage, parameters.Fields);
    }
}
