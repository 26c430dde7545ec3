using System.Text.Json.Nodes;
using WooPS.FakeStore.Catalog;
using WooPS.FakeStore.Users;

namespace WooPS.FakeStore.Rest.Endpoints;

/// <summary>
/// The items of /wp-json/wc/v3/customers/batch (capture 64c): the callbacks called straight, past the
/// permission checks, so a taken e-mail fails as a single create does and an unknown id with
/// wc_user_invalid_id, each alone; deletes are for good, and the deleted customer comes back without
/// targetHints, as no permission check passes for it any more.
/// </summary>
internal sealed class CustomerBatchItems(StoreUsers users, CustomerWriter writer) : IBatchItems
{
    public WooError? Refusal(RestRequest request) =>
        request.MayEditProducts ? null : WooErrors.CannotBatch(request.AuthorizationRequiredCode);

    public (JsonNode? Item, WooError? Error) Create(RestRequest request, JsonObject fields)
    {
        (Customer? created, WooError? error) = writer.Create(fields);
        return (created is null ? null : CustomerJson.Customer(created, request.Judged.Origin), error);
    }

    public (JsonNode? Item, WooError? Error) Update(RestRequest request, long id, JsonObject fields)
    {
        (Customer? updated, WooError? error) = writer.Update(id, fields);
        return (updated is null ? null : CustomerJson.Customer(updated, request.Judged.Origin), error);
    }

    public (JsonNode? Item, WooError? Error) Delete(RestRequest request, long id) =>
        users.Delete(id) is Customer deleted
            ? (ResourceLinks.WithoutTargetHints(CustomerJson.Customer(deleted, request.Judged.Origin)), null)
            : (null, WooErrors.InvalidUserId());
}
