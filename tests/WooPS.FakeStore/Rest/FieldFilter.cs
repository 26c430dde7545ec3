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
    public static JsonObject Apply(JsonObject item, IReadOnlyList<string>? fields)
    {
        if (fields is null)
        {
            return item;
        }
        HashSet<string> wanted = fields.Select(field => field.Split('.')[0]).ToHashSet();
        foreach (string name in item.Select(property => property.Key).Where(name => !wanted.Contains(name)).ToList())
        {
            item.Remove(name);
        }
        return item;
    }
}
