using System.Text.Json.Nodes;

namespace WooPS.FakeStore.Orders;

/// <summary>
/// The _links of an order's note or refund (capture 49): self, whose route allows only GET and DELETE
/// (its targetHints say so), collection, and up, the order.
/// </summary>
internal static class SubLinks
{
    public static JsonObject Create(string self, string collection, string up) => new()
    {
        ["self"] = new JsonArray(new JsonObject
        {
            ["href"] = self,
            ["targetHints"] = new JsonObject { ["allow"] = new JsonArray("GET", "DELETE") },
        }),
        ["collection"] = new JsonArray(new JsonObject { ["href"] = collection }),
        ["up"] = new JsonArray(new JsonObject { ["href"] = up }),
    };
}
