using System.Linq;
using WooPS.FakeStore.Orders;

namespace WooPS.FakeStore.Rest.Endpoints;

/// <summary>
/// GET|HEAD /wp-json/wc/v3/orders (captures 26, 47, 47b, 66–66d, 66h, 66m): the parameters checked first
/// (an unknown status is rest_invalid_param), then the key; paged with X-WP-Total, X-WP-TotalPages and a
/// Link header that repeats status as an array, dp and context (<see cref="OrderParameters.LinkQuery"/>);
/// _fields keeps the order's own field order.
/// </summary>
internal sealed class OrderListEndpoint(StoreOrders orders, int priceDecimals) : IRestEndpoint
{
    public RestResponse Handle(RestRequest request)
    {
        (OrderParameters? parameters, WooError? invalid) = OrderParameters.Parse(request.Judged.Query, priceDecimals);
        if (parameters is null)
        {
            return RestResponse.Error(invalid!);
        }
        if (!request.IsAuthenticated)
        {
            return RestResponse.Error(WooErrors.CannotList());
        }
        (var page, int total) = OrderSelection.Select(orders, parameters);
        var items = page.Select(order => OrderJson.Order(order, request.Judged.Origin, parameters.Dp));
        return CollectionResponse.Create(request, OrderJson.ApiPath, items, total, parameters.Page, parameters.PerPage, parameters.Fields,
            parameters.LinkQuery(request.Judged.Query, page.Count > 0));
    }
}
