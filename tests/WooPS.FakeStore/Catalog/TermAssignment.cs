using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using WooPS.FakeStore.Php;
using static WooPS.FakeStore.Catalog.BodyFields;

namespace WooPS.FakeStore.Catalog;

/// <summary>
/// A product's categories and tags as a write sets them: WC_REST_Products_V2_Controller::save_taxonomy_terms
/// takes the ids of the items given (wp_list_pluck: an item without an id, or no object at all, is
/// skipped; intval makes a junk id 0), set_category_ids and set_tag_ids replace the product's terms with
/// them, and the data store's update_terms stores them with wp_set_post_terms, which skips an id the
/// taxonomy does not have (wp_set_object_terms: a term id that does not exist is never created). Left
/// without categories, a product gets the default one (Uncategorized) — but only when its category ids
/// were asked to change: an empty list where it has none already changes nothing (WC_Data::set_prop
/// records no change), and ids that all turn out unknown leave it with none. Tags have no default.
/// Inferred from WooCommerce's source; no capture writes categories or tags.
/// </summary>
internal static class TermAssignment
{
    public static Product Apply(Product product, JsonObject changes, StoreTaxonomies taxonomies) => product with
    {
        Categories = changes["categories"] is JsonArray categories
            ? Assign(product.Categories, Ids(categories), taxonomies.Categories, taxonomies.DefaultCategory)
            : product.Categories,
        Tags = changes["tags"] is JsonArray tags ? Assign(product.Tags, Ids(tags), taxonomies.Tags, fallback: null) : product.Tags,
    };

    private static IReadOnlyList<Term> Assign(IReadOnlyList<Term> current, IReadOnlyList<long> ids, TermTaxonomy taxonomy, Term? fallback)
    {
        if (ids.SequenceEqual(ProductTerms.InNameOrder(current).Select(term => term.Id)))
        {
            return current;
        }
        if (ids.Count == 0)
        {
            return fallback is null ? [] : [fallback];
        }
        return ids.Select(taxonomy.Find).OfType<Term>().ToList();
    }

    /// <summary>The ids of the items, as set_category_ids keeps them: intval, duplicates dropped.</summary>
    private static IReadOnlyList<long> Ids(JsonArray items) =>
        items.OfType<JsonObject>().Select(item => Text(item, "id")).OfType<string>().Select(PhpNumbers.IntVal).Distinct().ToList();
}
