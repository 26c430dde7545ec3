using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using WooPS.FakeStore.Catalog;

namespace WooPS.FakeStore.Rest.Endpoints;

/// <summary>
/// POST|PUT|PATCH /wp-json/wc/v3/products/batch (captures 14, 18e, 35). Creates, then updates,
/// then deletes (always for good); a failed item comes back as {"id","error"} and the batch still
/// answers 200. A body with nothing to do answers [] and changes nothing.
/// </summary>
internal sealed class ProductBatchEndpoint(ProductCatalog catalog) : IRestEndpoint
{
    private const int ItemLimit = 100;

    public RestResponse Handle(RestRequest request)
    {
        (JsonObject? body, WooError? invalidJson) = ReadJsonBody(request);
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

    /// <summary>WordPress parses the body only when it is sent as JSON; a broken one is a 400.</summary>
    private static (JsonObject? Body, WooError? Error) ReadJsonBody(RestRequest request)
    {
        bool isJson = request.ContentType is string type
            && (type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) || type.Split(';')[0].Trim().EndsWith("+json", StringComparison.OrdinalIgnoreCase));
        if (!isJson || string.IsNullOrWhiteSpace(request.Body))
        {
            return (null, null);
        }
        try
        {
            return (JsonNode.Parse(request.Body) as JsonObject, null);
        }
        catch (JsonException)
        {
            return (null, WooErrors.InvalidJson());
        }
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
        if (DuplicateSkuOwner(fields, exceptId: 0) is Product owner)
        {
            return Failure(0, WooErrors.DuplicateSku(owner.Id, owner.Sku));
        }
        Product created = catalog.AddNew((id, now) => ProductPatch.Apply(
            new Product { Id = id, Name = "Product", DateCreated = now, DateModified = now }, fields, now));
        return ProductJson.Product(created, [], origin);
    }

    private JsonNode Update(JsonObject fields, string origin)
    {
        long id = Id(fields["id"]);
        if (catalog.FindProduct(id) is null)
        {
            return Failure(id, WooErrors.InvalidProductId());
        }
        if (DuplicateSkuOwner(fields, exceptId: id) is Product owner)
        {
            return Failure(id, WooErrors.DuplicateSku(owner.Id, owner.Sku));
        }
        Product? updated = catalog.Update(id, (product, now) => ProductPatch.Apply(product, fields, now));
        return updated is null
            ? Failure(id, WooErrors.InvalidProductId())
            : ProductJson.Product(updated, catalog.VariationsOf(id), origin);
    }

    private JsonNode Delete(JsonNode? item, string origin)
    {
        long id = Id(item);
        var deleted = catalog.Delete(id);
        return deleted is null
            ? Failure(id, WooErrors.InvalidProductId())
            : ProductJson.Product(deleted.Value.Product, deleted.Value.Variations, origin);
    }

    private Product? DuplicateSkuOwner(JsonObject fields, long exceptId) =>
        ProductPatch.RequestedSku(fields) is { Length: > 0 } sku && catalog.FindBySku(sku) is Product owner && owner.Id != exceptId
            ? owner
            : null;

    /// <summary>An id given as a number or a numeric string; anything else is 0, as absint() makes it.</summary>
    private static long Id(JsonNode? node) =>
        node is JsonValue value && long.TryParse(value.ToJsonString().Trim('"'), out long id) ? Math.Abs(id) : 0;

    private static JsonObject Failure(long id, WooError error) => new() { ["id"] = id, ["error"] = error.ToJson() };
}
