using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using WooPS.FakeStore.Php;
using static WooPS.FakeStore.Catalog.BodyFields;

namespace WooPS.FakeStore.Catalog;

/// <summary>
/// A variation's attribute values as WooCommerce sets them from a request's "attributes": each item
/// names a global attribute by id, or by name as its taxonomy ("pa_color"), and only attributes its
/// product varies by count; the option is matched to the attribute's term names (a value that is no
/// term's name is kept as sanitize_title makes it). The list replaces the variation's values whole.
/// </summary>
internal static class VariationAttributes
{
    /// <param name="productAttributes">The attributes the product varies by, as its variations' values carry them.</param>
    public static IReadOnlyList<AttributeChoice> Choose(JsonArray requested, IReadOnlyList<AttributeChoice> productAttributes)
    {
        var chosen = new List<AttributeChoice>();
        foreach (JsonObject item in requested.OfType<JsonObject>())
        {
            long id = Text(item, "id") is string given ? PhpNumbers.AbsInt(given) : 0;
            string? taxonomy = id != 0 ? StoreTerms.FindAttribute(id)?.Taxonomy
                : Text(item, "name") is { Length: > 0 } name ? WordPressText.SanitizeTitle(name) : null;
            if (productAttributes.FirstOrDefault(attribute => attribute.Slug == taxonomy) is not AttributeChoice attribute)
            {
                continue;
            }
            string option = Text(item, "option")?.Trim() ?? "";
            string value = StoreTerms.FindAttribute(attribute.Id)?.Terms
                .FirstOrDefault(term => string.Equals(term.Name, option, StringComparison.OrdinalIgnoreCase))?.Name
                ?? WordPressText.SanitizeTitle(option);
            chosen.RemoveAll(choice => choice.Slug == attribute.Slug);
            chosen.Add(attribute with { Option = value });
        }
        return chosen;
    }

    /// <summary>The attributes a product varies by: every one its variations have a value of, in attribute id order.</summary>
    public static IReadOnlyList<AttributeChoice> Of(IReadOnlyList<Product> variations) =>
        variations.SelectMany(variation => variation.Choices).DistinctBy(choice => choice.Id).OrderBy(choice => choice.Id).ToList();

    /// <summary>What the REST API calls a variation: its values, e.g. "Green, L" (capture 23c).</summary>
    public static string Name(IReadOnlyList<AttributeChoice> choices) => string.Join(", ", choices.Select(choice => choice.Option));
}
