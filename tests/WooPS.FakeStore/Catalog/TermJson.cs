using System.Text.Json.Nodes;

namespace WooPS.FakeStore.Catalog;

/// <summary>
/// Renders terms like WooCommerce 10's term controllers, field for field: categories as in
/// capture 27, tags and attribute terms with their own (smaller) field sets.
/// </summary>
internal static class TermJson
{
    /// <param name="collection">The collection's address, e.g. "https://host/wp-json/wc/v3/products/categories".</param>
    public static JsonObject Category(Term term, int count, string collection) => new()
    {
        ["id"] = term.Id,
        ["name"] = term.Name,
        ["slug"] = term.Slug,
        ["parent"] = term.Parent,
        ["description"] = term.Description,
        ["display"] = term.Display,
        ["image"] = null,
        ["menu_order"] = term.MenuOrder,
        ["count"] = count,
        ["_links"] = Links(term, collection),
    };

    public static JsonObject Tag(Term term, int count, string collection) => new()
    {
        ["id"] = term.Id,
        ["name"] = term.Name,
        ["slug"] = term.Slug,
        ["description"] = term.Description,
        ["count"] = count,
        ["_links"] = Links(term, collection),
    };

    public static JsonObject AttributeTerm(Term term, int count, string collection) => new()
    {
        ["id"] = term.Id,
        ["name"] = term.Name,
        ["slug"] = term.Slug,
        ["description"] = term.Description,
        ["menu_order"] = term.MenuOrder,
        ["count"] = count,
        ["_links"] = Links(term, collection),
    };

    /// <summary>A global attribute (WC_REST_Product_Attributes_Controller).</summary>
    public static JsonObject Attribute(ProductAttribute attribute, string collection) => new()
    {
        ["id"] = attribute.Id,
        ["name"] = attribute.Name,
        ["slug"] = attribute.Taxonomy,
        ["type"] = "select",
        ["order_by"] = "menu_order",
        ["has_archives"] = false,
        ["_links"] = ResourceLinks.Create($"{collection}/{attribute.Id}", collection, up: null),
    };

    private static JsonObject Links(Term term, string collection) =>
        ResourceLinks.Create($"{collection}/{term.Id}", collection, up: term.Parent == 0 ? null : $"{collection}/{term.Parent}");
}
