using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using WooPS.FakeStore.Catalog;

namespace WooPS.FakeStore.Rest.Endpoints;

/// <summary>
/// POST|PUT|PATCH /wp-json/wc/v3/products/batch (captures 14, 18e, 35, 52, 53). Creates, then
/// updates, then deletes (always for good); items skip the schema's checks, and a failed item comes
/// back as {"id","error"} while the batch still answers 200. Each item is answered as its single
/// request would be, in the edit context. A body with nothing to do answers [] and changes nothing.
/// </summary>
internal sealed class ProductBatchEndpoint(ProductCatalog catalog, ProductWriter writer) : IRestEndpoint
{
    private const int ItemLimit = 100;

    public RestResponse Handle(RestRequest request)
    {
        (JsonObject? body, WooError? invalidJson) = request.ParseJsonBody();
        if (invalidJson is not null)
        {
            return RestResponse.Error(invalidJson);
        }
        if (!request.MayEditProducts)
        {
            return RestResponse.Error(WooErrors.CannotBatch(request.AuthorizationRequiredCode));
        }
        List<JsonNode?> creates = Items(body, "create");
        List<JsonNode?> updates = Items(body, "update");
        List<JsonNode?> deletes = Items(body, "delete");
        if (creates.Count + updates.Count + deletes.Count > ItemLimit)
        {
            return RestResponse.Error(WooErrors.TooManyBatchItems(ItemLimit));
        }

        string origin = request.Judged.Origin;
        // An empty PHP array encodes as [], a filled one as an object with only the used keys.
        var result = new JsonObject();
        AddSection(result, "create", creates.Select(item => Create(item as JsonObject ?? [], origin)));
        AddSection(result, "update", updates.Select(item => Update(item as JsonObject ?? [], origin)));
        AddSection(result, "delete", deletes.Select(item => Delete(item, origin)));
        return RestResponse.Ok(result.Count == 0 ? new JsonArray() : result);
    }

    private static List<JsonNode?> Items(JsonObject? body, string section) =>
        body?[section] is JsonArray items ? items.ToList() : [];

    private static void AddSection(JsonObject result, string section, IEnumerable<JsonNode> items)
    {
        var array = new JsonArray(items.ToArray<JsonNode?>());
        if (array.Count > 0)
        {
            result[section] = array;
        }
    }

    private JsonNode Create(JsonObject fields, string origin)
    {
        (Product? created, WooError? error) = writer.Create(fields);
        return created is null ? Failure(0, error!) : ProductJson.Product(created, [], origin, JsonContext.Edit);
    }

    private JsonNode Update(JsonObject fields, string origin)
    {
        long id = Id(fields["id"]);
        (Product? updated, WooError? error) = writer.Update(id, fields);
        return updated is null ? Failure(id, error!) : ProductJson.Product(updated, catalog.VariationsOf(id), origin, JsonContext.Edit);
    }

    private JsonNode Delete(JsonNode? item, string origin)
    {
        long id = Id(item);
        var deleted = catalog.Delete(id);
        return deleted is null
            ? Failure(id, WooErrors.InvalidProductId())
            : ProductJson.Product(deleted.Value.Product, deleted.Value.Variations, origin, JsonContext.Edit);
    }

    /// <summary>An id given as a number or a numeric string; anything else is 0, as absint() makes it.</summary>
    private static long Id(JsonNode? node) =>
        node is JsonValue value && long.TryParse(value.ToJsonString().Trim('"'), out long id) ? Math.Abs(id) : 0;

    private static JsonObject Failure(long id, WooError error) => new() { ["id"] = id, ["error"] = error.ToJson() };
}
