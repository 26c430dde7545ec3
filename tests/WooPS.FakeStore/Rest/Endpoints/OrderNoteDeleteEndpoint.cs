using WooPS.FakeStore.Orders;

namespace WooPS.FakeStore.Rest.Endpoints;

/// <summary>
/// DELETE /wp-json/wc/v3/orders/{order_id}/notes/{id} (captures 49c, 49d): force checked first, then the
/// right to delete (asked only about an order that exists); notes have no trash, so without force=true
/// the answer is 501 "Webhooks do not support trashing." before the order or note is even looked up;
/// with it an unknown order or note is 404 and the note is deleted, the answer being the note as it was.
/// </summary>
internal sealed class OrderNoteDeleteEndpoint(StoreOrders orders) : IRestEndpoint
{
    public RestResponse Handle(RestRequest request)
    {
        var reader = new ParameterReader(request.Judged.Query);
        bool force = reader.Boolean("force") ?? false;
        if (reader.Error is WooError invalid)
        {
            return RestResponse.Error(invalid);
        }
        bool orderExists = orders.Find(request.ParentId) is not null;
        if (orderExists && !request.MayEditProducts)
        {
            return RestResponse.Error(WooErrors.CannotDelete(request.AuthorizationRequiredCode));
        }
        if (!force)
        {
            return RestResponse.Error(WooErrors.NotesNotTrashable());
        }
        if (!orderExists)
        {
            return RestResponse.Error(WooErrors.NoteOfUnknownOrder());
        }
        return orders.DeleteNote(request.ParentId, request.RouteId) is OrderNote deleted
            ? RestResponse.Ok(OrderNoteJson.Note(deleted, request.Judged.Origin))
            : RestResponse.Error(WooErrors.InvalidNoteId());
    }
}
