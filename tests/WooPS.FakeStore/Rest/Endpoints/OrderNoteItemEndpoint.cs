using WooPS.FakeStore.Orders;

namespace WooPS.FakeStore.Rest.Endpoints;

/// <summary>
/// GET|HEAD /wp-json/wc/v3/orders/{order_id}/notes/{id}: the context checked first, then the key (the
/// permission check asks only about an order that exists), then the order (404 woocommerce_rest_order_invalid_id
/// "Invalid order ID.") and the note, which must be that order's (404 woocommerce_rest_invalid_id).
/// </summary>
internal sealed class OrderNoteItemEndpoint(StoreOrders orders) : IRestEndpoint
{
    public RestResponse Handle(RestRequest request)
    {
        var reader = new ParameterReader(request.Judged.Query);
        reader.Context();
        if (reader.Error is WooError invalid)
        {
            return RestResponse.Error(invalid);
        }
        bool orderExists = orders.Find(request.ParentId) is not null;
        if (orderExists && !request.IsAuthenticated)
        {
            return RestResponse.Error(WooErrors.CannotView());
        }
        if (!orderExists)
        {
            return RestResponse.Error(WooErrors.NoteOfUnknownOrder());
        }
        if (orders.FindNote(request.ParentId, request.RouteId) is not OrderNote note)
        {
            return RestResponse.Error(WooErrors.InvalidNoteId());
        }
        string[]? fields = request.Judged.Query["_fields"]?.Split(',');
        return RestResponse.Ok(FieldFilter.Apply(OrderNoteJson.Note(note, request.Judged.Origin), fields));
    }
}
