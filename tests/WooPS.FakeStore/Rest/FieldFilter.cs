using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace WooPS.FakeStore.Rest;

/// <summary>
/// The _fields parameter: only the named top-level fields survive ("a.b" keeps all of "a");
/// _links is dropped unless named, as in capture 40.
/// </summary>
internal static class FieldFilter
{
    /// <summary>
    /// WordPress's rest_filter_response_fields: the fields keep the order the item has them in
    /// (capture 65d: "status" before "discount_type" whatever order _fields names them).
    /// </summary>
    public static JsonObject Apply(JsonObject item, IReadOnlyList<string>? fields)
    {
        if (fields is null)
        {
            return item;
        }
        HashSet<string> wanted = TopLevel(fields).ToHashSet();
        foreach (string name in item.Select(property => property.Key).Where(name => !wanted.Contains(name)).ToList())
        {
            item.Remove(name);
        }
        return item;
    }

    /// <summary>
    /// The products controller's own filtering (get_product_data loops over get_fields_for_response,
    /// which lists the fields as _fields names them): the fields come in the order they are first
    /// named, so _fields=id,sku,status answers {"id","sku","status"} (capture 63d) where the full
    /// product has status before sku. _links, added by the REST server afterwards, stays last.
    /// </summary>
    public static JsonObject InRequestedOrder(JsonObject item, IReadOnlyList<string>? fields)
    {
        if (fields is null)
        {
            return item;
        }
        var ordered = new JsonObject();
        foreach (string name in TopLevel(fields).Distinct().Where(name => name != "_links" && item.ContainsKey(name)))
        {
            JsonNode? value = item[name];
            item.Remove(name);
            ordered[name] = value;
        }
        if (fields.Contains("_links") && item["_links"] is JsonNode links)
        {
            item.Remove("_links");
            ordered["_links"] = links;
        }
        return ordered;
    }

    private static IEnumerable<string> TopLevel(IReadOnlyList<string> fields) => fields.Select(field => field.Split('.')[0]);
}
