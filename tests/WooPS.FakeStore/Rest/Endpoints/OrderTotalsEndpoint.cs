using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using WooPS.FakeStore.Orders;

namespace WooPS.FakeStore.Rest.Endpoints;

/// <summary>
/// GET|HEAD /wp-json/wc/v3/reports/orders/totals (capture 67h): every status wc_get_order_statuses() lists,
/// the plugin's included, as {slug, name, total}, total counting the orders with that status (trashed ones
/// have none of them); no paging headers. The key is checked first (reports are for shop managers).
/// </summary>
internal sealed class OrderTotalsEndpoint(StoreOrders orders) : IRestEndpoint
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
        var counts = orders.All().GroupBy(order => order.Status).ToDictionary(group => group.Key, group => group.Count());
        return RestResponse.Ok(new JsonArray(OrderStatuses.Known.Select(status => (JsonNode?)new JsonObject
        {
            ["slug"] = status.Slug,
            ["name"] = status.Name,
            ["total"] = counts.GetValueOrDefault(status.Slug),
        }).ToArray()));
    }
}
