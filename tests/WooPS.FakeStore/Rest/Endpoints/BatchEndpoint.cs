using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace WooPS.FakeStore.Rest.Endpoints;

/// <summary>
/// POST|PUT|PATCH …/batch, as WC_REST_Controller::batch_items runs it for products (captures 14, 18e,
/// 35, 52, 53), variations (55), tags (58, 58b) and categories: a malformed body is rest_invalid_json,
/// then the route's permission check, then at most 100 items in all (else 413 and nothing is done).
/// Creates, then updates, then deletes (always for good, an id of 0 skipped); a failed item comes back
/// as {"id","error"} while the batch still answers 200. A body with nothing to do answers [] and
/// changes nothing.
/// </summary>
internal sealed class BatchEndpoint(IBatchItems items) : IRestEndpoint
{
    private const int ItemLimit = 100;

    public RestResponse Handle(RestRequest request)
    {
        (JsonObject? body, WooError? invalidJson) = request.ParseJsonBody();
        if (invalidJson is not null)
        {
            return RestResponse.Error(invalidJson);
        }
        if (items.Refusal(request) is WooError refused)
        {
            return RestResponse.Error(refused);
        }
        List<JsonNode?> creates = Items(body, "create");
        List<JsonNode?> updates = Items(body, "update");
        List<JsonNode?> deletes = Items(body, "delete");
        if (creates.Count + updates.Count + deletes.Count > ItemLimit)
        {
            return RestResponse.Error(WooErrors.TooManyBatchItems(ItemLimit));
        }

        // An empty PHP array encodes as [], a filled one as an object with only the used keys.
        var result = new JsonObject();
        AddSection(result, "create", creates.Select(item => Answer(0, items.Create(request, item as JsonObject ?? []))));
        AddSection(result, "update", updates.Select(item =>
        {
            JsonObject fields = item as JsonObject ?? [];
            long id = Id(fields["id"]);
            return Answer(id, items.Update(request, id, fields));
        }));
        AddSection(result, "delete", deletes.Select(item => Id(item)).Where(id => id != 0).Select(id => Answer(id, items.Delete(request, id))));
        return RestResponse.Ok(result.Count == 0 ? new JsonArray() : result);
    }

    private static List<JsonNode?> Items(JsonObject? body, string section) =>
        body?[section] is JsonArray sectionItems ? sectionItems.ToList() : [];

    private static void AddSection(JsonObject result, string section, IEnumerable<JsonNode> answers)
    {
        var array = new JsonArray(answers.ToArray<JsonNode?>());
        if (array.Count > 0)
        {
            result[section] = array;
        }
    }

    private static JsonNode Answer(long id, (JsonNode? Item, WooError? Error) outcome) =>
        outcome.Item ?? new JsonObject { ["id"] = id, ["error"] = outcome.Error!.ToJson() };

    /// <summary>An id given as a number or a numeric string; anything else is 0, as absint() makes it.</summary>
    private static long Id(JsonNode? node) =>
        node is JsonValue value && long.TryParse(value.ToJsonString().Trim('"'), out long id) ? Math.Abs(id) : 0;
}
