using System.Text.Json.Nodes;
using WooPS.FakeStore.Catalog;

namespace WooPS.FakeStore.Orders;

/// <summary>
/// An order note as WC_REST_Order_Notes_Controller renders it (captures 49, 49b, 66i): id, author, dates,
/// the note as stored, customer_note, then _links.
/// </summary>
internal static class OrderNoteJson
{
    public static JsonObject Note(OrderNote note, string origin)
    {
        string order = $"{origin}{OrderJson.ApiPath}/{note.OrderId}";
        return new JsonObject
        {
            ["id"] = note.Id,
            ["author"] = note.Author,
            ["date_created"] = OrderJson.Date(note.DateCreated),
            ["date_created_gmt"] = OrderJson.Date(SiteTime.ToGmt(note.DateCreated)),
            ["note"] = note.Note,
            ["customer_note"] = note.CustomerNote,
            ["_links"] = SubLinks.Create($"{order}/notes/{note.Id}", $"{order}/notes", order),
        };
    }
}
