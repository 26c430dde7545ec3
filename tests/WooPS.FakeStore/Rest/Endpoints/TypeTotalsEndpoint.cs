using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace WooPS.FakeStore.Rest.Endpoints;

/// <summary>
/// GET|HEAD of a reports/*/totals route: every type the store knows, a plugin's included, as {slug, name,
/// total}, total counting what has that type; no paging headers. reports/orders/totals lists the order
/// statuses (capture 67h; trashed orders have none of them), reports/coupons/totals the coupon types (67j;
/// WooCommerce counts the discount_type meta rows, so a trashed coupon counts too). The key is checked first
/// (reports are for shop managers).
/// </summary>
internal sealed class TypeTotalsEndpoint(IReadOnlyList<(string Slug, string Name)> types, Func<IEnumerable<string>> typesInStore) : IRestEndpoint
{
    public RestResponse Handle(RestRequest request)
    {
        var reader = new ParameterReader(request.Judged.Query);
        reader.Context();
        if (reader.Error is WooError invalid)
        {
            return RestResponse.Error(invalid);
        }
        if (!request.IsAuthenticated)
        {
            return RestResponse.Error(WooErrors.CannotList());
        }
        var counts = typesInStore().GroupBy(type => type).ToDictionary(group => group.Key, group => group.Count());
        return RestResponse.Ok(new JsonArray(types.Select(type => (JsonNode?)new JsonObject
        {
            ["slug"] = type.Slug,
            ["name"] = type.Name,
            ["total"] = counts.GetValueOrDefault(type.Slug),
        }).ToArray()));
    }
}
