using System.Linq;
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

    /// <summary>
    /// An item answered after it was deleted for good (captures 57f, 58b): WordPress works targetHints
    /// out from the permission checks of the self link's route, and every one of them fails for an
    /// item that no longer exists, so the self link has none.
    /// </summary>
    public static JsonObject WithoutTargetHints(JsonObject item)
    {
        if (item["_links"]?["self"] is JsonArray self)
        {
            foreach (JsonObject link in self.OfType<JsonObject>())
            {
                link.Remove("targetHints");
            }
        }
        return item;
    }
}
