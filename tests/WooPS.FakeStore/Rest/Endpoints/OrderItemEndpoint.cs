using WooPS.FakeStore.Orders;
using WooPS.FakeStore.Php;

namespace WooPS.FakeStore.Rest.Endpoints;

/// <summary>
/// GET|HEAD /wp-json/wc/v3/orders/{id} (captures 47c, 66l): the context checked first, then the key (the
/// permission check refuses an anonymous request whether the order exists or not), then the id: 404
/// woocommerce_rest_shop_order_invalid_id. A trashed order is still found. dp= changes the decimals.
/// </summary>
internal sealed class OrderItemEndpoint(StoreOrders orders, int priceDecimals) : IRestEndpoint
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
            return RestResponse.Error(WooErrors.CannotView());
        }
        if (orders.Find(request.RouteId) is not Order order)
        {
            return RestResponse.Error(WooErrors.InvalidOrderId());
        }
        string[]? fields = request.Judged.Query["_fields"]?.Split(',');
        return RestResponse.Ok(FieldFilter.Apply(OrderJson.Order(order, request.Judged.Origin, Decimals(request, priceDecimals)), fields));
    }

    /// <summary>The request's dp through absint, as prepare_object_for_response reads it; the store's decimals without one.</summary>
    public static int Decimals(RestRequest request, int priceDecimals) =>
        request.Judged.Query["dp"] is string dp ? (int)System.Math.Min(PhpNumbers.AbsInt(dp), 100) : priceDecimals;
}
