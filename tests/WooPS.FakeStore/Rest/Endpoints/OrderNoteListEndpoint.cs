using System.Linq;
using System.Text.Json.Nodes;
using WooPS.FakeStore.Orders;

namespace WooPS.FakeStore.Rest.Endpoints;

/// <summary>
/// GET|HEAD /wp-json/wc/v3/orders/{order_id}/notes (captures 49b, 66i): context and type (any, customer or
/// internal) checked first, then the key, then the order (404 woocommerce_rest_shop_order_invalid_id "Invalid
/// order ID."); every note at once, newest first, without paging headers.
/// </summary>
internal sealed class OrderNoteListEndpoint(StoreOrders orders) : IRestEndpoint
{
    private static readonly string[] Types = ["any", "customer", "internal"];

    public RestResponse Handle(RestRequest request)
    {
        var reader = new ParameterReader(request.Judged.Query);
        reader.Context();
        string type = reader.Enum("type", "any", Types);
        if (reader.Error is WooError invalid)
        {
            return RestResponse.Error(invalid);
        }
        if (!request.IsAuthenticated)
        {
            return RestResponse.Error(WooErrors.CannotList());
        }
        if (orders.Find(request.ParentId) is null)
        {
            return RestResponse.Error(WooErrors.NotesOfUnknownOrder());
        }
        string[]? fields = request.Judged.Query["_fields"]?.Split(',');
        var notes = orders.NotesOf(request.ParentId)
            .Where(note => type == "any" || note.CustomerNote == (type == "customer"))
            .Select(note => (JsonNode?)FieldFilter.Apply(OrderNoteJson.Note(note, request.Judged.Origin), fields));
        return RestResponse.Ok(new JsonArray(notes.ToArray()));
    }
}
