using System.Text.Json.Nodes;
using WooPS.FakeStore.Catalog;
using WooPS.FakeStore.Orders;

namespace WooPS.FakeStore.Rest.Endpoints;

/// <summary>
/// The items of /wp-json/wc/v3/orders/batch (captures 48, 48b, 66f): no schema check, so a status the store
/// does not know is no error: WC_Order::set_status makes it pending (66f: the pending order stays pending,
/// 200); an unknown id is a per-item woocommerce_rest_shop_order_invalid_id (400 for an update, 404 for a
/// delete); deletes are for good. Each answer is the full order. This fake creates no orders: each create
/// item is refused with <see cref="WooErrors.OrderCreateNotSupported"/>.
/// </summary>
internal sealed class OrderBatchItems(StoreOrders orders, OrderWriter writer, int priceDecimals) : IBatchItems
{
    public WooError? Refusal(RestRequest request) =>
        request.MayEditProducts ? null : WooErrors.CannotBatch(request.AuthorizationRequiredCode);

    public (JsonNode? Item, WooError? Error) Create(RestRequest request, JsonObject fields) => (null, WooErrors.OrderCreateNotSupported());

    public (JsonNode? Item, WooError? Error) Update(RestRequest request, long id, JsonObject fields)
    {
        (Order? updated, WooError? error) = writer.Update(id, fields);
        return (updated is null ? null : OrderJson.Order(updated, request.Judged.Origin, priceDecimals), error);
    }

    public (JsonNode? Item, WooError? Error) Delete(RestRequest request, long id) =>
        orders.Delete(id) is Order deleted
            ? (ResourceLinks.WithoutTargetHints(OrderJson.Order(deleted, request.Judged.Origin, priceDecimals)), null)
            : (null, WooErrors.InvalidOrderId());
}
