using System.Text.Json.Nodes;

namespace WooPS.FakeStore.Rest.Endpoints;

/// <summary>
/// What a resource's batch route does with each item (<see cref="BatchEndpoint"/>): its controller's
/// create_item, update_item and delete_item (always with force), called directly, so no permission
/// check and no schema check runs per item. Each answers the item as its single request would, or the error.
/// </summary>
internal interface IBatchItems
{
    /// <summary>The route's permission check (batch_items_permissions_check), or null when the batch may go on.</summary>
    WooError? Refusal(RestRequest request);

    (JsonNode? Item, WooError? Error) Create(RestRequest request, JsonObject fields);

    (JsonNode? Item, WooError? Error) Update(RestRequest request, long id, JsonObject fields);

    (JsonNode? Item, WooError? Error) Delete(RestRequest request, long id);
}
