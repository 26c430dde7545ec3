using System.Text.Json.Nodes;
using WooPS.FakeStore.Orders;

namespace WooPS.FakeStore.Rest.Endpoints;

/// <summary>
/// POST|PUT|PATCH /wp-json/wc/v3/orders/{id} (captures 66e, 66j, 66k): the body checked against the order
/// schema (a status the store does not know is rest_invalid_param listing the ones it does, 66e), then the
/// user's right to edit (asked only of an order that exists), then <see cref="OrderWriter"/>: an unknown id
/// is 400. 200 with the order.
/// </summary>
internal sealed class OrderUpdateEndpoint(StoreOrders orders, OrderWriter writer, int priceDecimals) : IRestEndpoint
{
    public RestResponse Handle(RestRequest request)
    {
        (JsonObject? fields, WooError? invalid) = BodySchema.Order.Check(request);
        if (fields is null)
        {
            return RestResponse.Error(invalid!);
        }
        if (orders.Find(request.RouteId) is not null && !request.MayEditProducts)
        {
            return RestResponse.Error(WooErrors.CannotEdit(request.AuthorizationRequiredCode));
        }
        (Order? updated, WooError? refused) = writer.Update(request.RouteId, fields);
        return updated is null
            ? RestResponse.Error(refused!)
            : RestResponse.Ok(OrderJson.Order(updated, request.Judged.Origin, OrderItemEndpoint.Decimals(request, priceDecimals)));
    }
}
