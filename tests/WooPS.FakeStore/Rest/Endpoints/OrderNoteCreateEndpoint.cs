using System.Text.Json.Nodes;
using WooPS.FakeStore.Orders;
using WooPS.FakeStore.Users;
using static WooPS.FakeStore.Catalog.BodyFields;

namespace WooPS.FakeStore.Rest.Endpoints;

/// <summary>
/// POST /wp-json/wc/v3/orders/{order_id}/notes (captures 49, 66i): note required and the flags booleans
/// (rest_missing_callback_param, rest_invalid_param), then the right to create, then the order (404
/// woocommerce_rest_order_invalid_id); WC_Order::add_order_note stores it by "WooCommerce", or by the key's
/// user (the administrator's display name) with added_by_user. A customer note is e-mailed to the billing
/// address (WC_Email_Customer_Note), which <see cref="StoreOrders.Emails"/> records. 201 with Location.
/// </summary>
internal sealed class OrderNoteCreateEndpoint(StoreOrders orders, StoreUsers users) : IRestEndpoint
{
    public RestResponse Handle(RestRequest request)
    {
        (JsonObject? fields, WooError? invalid) = BodySchema.OrderNote.Check(request);
        if (fields is null)
        {
            return RestResponse.Error(invalid!);
        }
        if (!request.MayEditProducts)
        {
            return RestResponse.Error(WooErrors.CannotCreate(request.AuthorizationRequiredCode));
        }
        if (orders.Find(request.ParentId) is not Order order)
        {
            return RestResponse.Error(WooErrors.NoteOfUnknownOrder());
        }
        bool customerNote = IsTruthy(fields, "customer_note");
        string author = IsTruthy(fields, "added_by_user") && users.Find(1) is Customer administrator
            ? administrator.DisplayName
            : OrderStatusChange.SystemAuthor;
        string text = Text(fields, "note") ?? "";
        OrderNote note = orders.AddNote(order.Id, author, text, customerNote);
        if (customerNote && order.Billing.Email.Length > 0)
        {
            orders.RecordEmail(new SentEmail(order.Id, order.Billing.Email, "customer_note", text));
        }
        return RestResponse.Created(OrderNoteJson.Note(note, request.Judged.Origin), $"{request.Judged.RestRoot}/wc/v3/orders/{order.Id}/notes/{note.Id}");
    }
}
