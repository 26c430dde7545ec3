using System.Linq;
using WooPS.FakeStore.Orders;

namespace WooPS.FakeStore.Rest.Endpoints;

/// <summary>
/// GET|HEAD /wp-json/wc/v3/orders/{order_id}/refunds/{id} (WooCommerce's source; no capture reads one): the
/// context checked first, then the key; an id that is no refund nor order is 404
/// woocommerce_rest_shop_order_refund_invalid_id, an order id that is no order 404
/// woocommerce_rest_invalid_order_id, a refund (or order) of another order 404
/// woocommerce_rest_invalid_order_refund_id. dp= changes the decimals.
/// </summary>
internal sealed class OrderRefundItemEndpoint(StoreOrders orders, int priceDecimals) : IRestEndpoint
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
        OrderRefund? refund = orders.All().SelectMany(order => order.Refunds).FirstOrDefault(candidate => candidate.Id == request.RouteId);
        if (refund is null && orders.Find(request.RouteId) is null)
        {
            return RestResponse.Error(WooErrors.InvalidRefundId());
        }
        if (orders.Find(request.ParentId) is null)
        {
            return RestResponse.Error(WooErrors.RefundOfUnknownOrder());
        }
        if (refund is null || refund.OrderId != request.ParentId)
        {
            return RestResponse.Error(WooErrors.RefundOfAnotherOrder());
        }
        string[]? fields = request.Judged.Query["_fields"]?.Split(',');
        return RestResponse.Ok(FieldFilter.Apply(RefundJson.Refund(refund, request.Judged.Origin, OrderItemEndpoint.Decimals(request, priceDecimals)), fields));
    }
}
