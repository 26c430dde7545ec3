using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using static WooPS.FakeStore.Catalog.BodyFields;

namespace WooPS.FakeStore.Catalog;

/// <summary>
/// Custom fields (meta_data) as WC_Data keeps them, for products, coupons and customers alike: how a
/// request's meta_data items change them, and how they are answered.
/// </summary>
internal static class MetaFields
{
    /// <summary>
    /// WC_Data::update_meta_data for each item with a key: an item with a known id changes that
    /// field; one without an id replaces the value of the first field with its key (keeping that
    /// field's id, capture 61b) and drops the others with that key; otherwise the field is added
    /// with a new id (capture 61). A null value deletes.
    /// </summary>
    public static IReadOnlyList<ProductMeta> Apply(IReadOnlyList<ProductMeta> current, JsonArray items, Func<long> newMetaId)
    {
        var fields = current.ToList();
        foreach (JsonObject item in items.OfType<JsonObject>())
        {
            if (Text(item, "key") is not string key)
            {
                continue;
            }
            string? value = StoredValue(item["value"]);
            long id = Text(item, "id") is string given && long.TryParse(given, out long number) ? number : 0;
            int index = id != 0 ? fields.FindIndex(field => field.Id == id) : fields.FindIndex(field => field.Key == key);
            if (index < 0)
            {
                // add_meta_data( $key, $value, true ): unique, so every field with the key goes first.
                fields.RemoveAll(field => field.Key == key);
                if (value is not null)
                {
                    fields.Add(new ProductMeta(newMetaId(), key, value));
                }
                continue;
            }
            if (id == 0)
            {
                long first = fields[index].Id;
                fields.RemoveAll(field => field.Key == key && field.Id != first);
                index = fields.FindIndex(field => field.Id == first);
            }
            if (value is null)
            {
                fields.RemoveAt(index);
            }
            else
            {
                fields[index] = fields[index] with { Key = key, ValueJson = value };
            }
        }
        return fields;
    }

    /// <summary>
    /// The value as it comes back from the database: a scalar as PHP's string of it (true "1",
    /// false ""), an array or object as sent; null for a null value, which deletes the field.
    /// </summary>
    private static string? StoredValue(JsonNode? value) => value switch
    {
        null => null,
        JsonValue scalar => scalar.GetValueKind() switch
        {
            JsonValueKind.True => "\"1\"",
            JsonValueKind.False => "\"\"",
            JsonValueKind.Number => JsonValue.Create(scalar.ToJsonString()).ToJsonString(),
            _ => scalar.ToJsonString(),
        },
        _ => value.ToJsonString(),
    };

    /// <summary>meta_data as WooCommerce answers it: {id, key, value} in the order the fields were added.</summary>
    public static JsonArray Json(IReadOnlyList<ProductMeta> fields) =>
        new(fields.Select(field => (JsonNode?)new JsonObject
        {
            ["id"] = field.Id,
            ["key"] = field.Key,
            ["value"] = JsonNode.Parse(field.ValueJson),
        }).ToArray());
}
