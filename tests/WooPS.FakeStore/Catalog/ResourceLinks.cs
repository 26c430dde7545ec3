using System.Text.Json.Nodes;

namespace WooPS.FakeStore.Catalog;

/// <summary>
/// An item's _links: self (with WordPress 6.7's targetHints, every method allowed for the key's
/// user, as in captures 06 and 27), collection, and up when the item has a parent.
/// </summary>
internal static class ResourceLinks
{
    public static JsonObject Create(string self, string collection, string? up)
    {
        var links = new JsonObject
        {
            ["self"] = new JsonArray(new JsonObject
            {
                ["href"] = self,
                ["targetHints"] = new JsonObject
                {
                    ["allow"] = new JsonArray("GET", "POST", "PUT", "PATCH", "DELETE"),
                },
            }),
            ["collection"] = new JsonArray(new JsonObject { ["href"] = collection }),
        };
        if (up is not null)
        {
            links["up"] = new JsonArray(new JsonObject { ["href"] = up });
        }
        return links;
    }
}
