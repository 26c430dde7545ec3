using WooPS.FakeStore.Catalog;
using WooPS.FakeStore.Orders;

namespace WooPS.FakeStore.Rest.Endpoints;

/// <summary>
/// DELETE /wp-json/wc/v3/orders/{id} (WC_REST_CRUD_Controller::delete_item; no capture deletes an order):
/// force checked first, then the id (404 woocommerce_rest_shop_order_invalid_id), then the right to delete.
/// Without force=true the order goes to the trash and the answer is the order as it was, a second time 410
/// "The shop_order has already been deleted."; with it the order is deleted for good, its notes and refunds
/// with it, and the answer is the order as it was, with no Allow header and no targetHints, as for a
/// customer (64f): no permission check passes for an order that is gone.
/// </summary>
internal sealed class OrderDeleteEndpoint(StoreOrders orders, int priceDecimals) : IRestEndpoint
{
    public RestResponse Handle(RestRequest request)
    {
        var reader = new ParameterReader(request.Judged.Query);
        bool force = reader.Boolean("force") ?? false;
        if (reader.Error is WooError invalid)
        {
            return RestResponse.Error(invalid);
        }
        if (orders.Find(request.RouteId) is null)
        {
            return RestResponse.Error(WooErrors.InvalidOrderId());
        }
        if (!request.MayEditProducts)
        {
            return RestResponse.Error(WooErrors.CannotDelete(request.AuthorizationRequiredCode));
        }
        string origin = request.Judged.Origin;
        int dp = OrderItemEndpoint.Decimals(request, priceDecimals);
        if (force)
        {
            return orders.Delete(request.RouteId) is Order deleted
                ? RestResponse.Ok(ResourceLinks.WithoutTargetHints(OrderJson.Order(deleted, origin, dp))).WithNoMethodAllowed()
                : RestResponse.Error(WooErrors.InvalidOrderId());
        }
        return orders.Trash(request.RouteId) switch
        {
            null => RestResponse.Error(WooErrors.InvalidOrderId()),
            (_, WasInTrash: true) => RestResponse.Error(WooErrors.AlreadyTrashed("shop_order")),
            var (before, _) => RestResponse.Ok(OrderJson.Order(before, origin, dp)),
        };
    }
}
