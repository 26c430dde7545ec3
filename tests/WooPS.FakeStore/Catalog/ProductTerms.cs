using System;
using System.Collections.Generic;
using System.Linq;

namespace WooPS.FakeStore.Catalog;

/// <summary>
/// The terms a product is assigned, in every taxonomy at once (term ids are unique across them):
/// its categories, its tags and, for a variable product, each attribute value its variations use.
/// Variations themselves carry no terms.
/// </summary>
internal static class ProductTerms
{
    public static IEnumerable<long> Of(Product product, IReadOnlyList<Product> variations)
    {
        foreach (Term term in product.Categories.Concat(product.Tags))
        {
            yield return term.Id;
        }
        IEnumerable<long> attributeTerms = variations
            .SelectMany(variation => variation.Choices)
            .Select(choice => StoreTerms.FindAttribute(choice.Id)?.Terms.FirstOrDefault(term => term.Name == choice.Option)?.Id ?? 0)
            .Where(id => id != 0)
            .Distinct();
        foreach (long id in attributeTerms)
        {
            yield return id;
        }
    }

    /// <summary>
    /// A product's categories or tags in the order WooCommerce lists them: get_the_terms, primed by the
    /// products query with orderby name, which MySQL's collation compares case-insensitively (ties by
    /// id). No capture shows a product with two; WooCommerce's own reading of a single product, outside a
    /// list, would put categories with a lower menu_order first (wc_change_get_terms_defaults), which this
    /// store does not imitate.
    /// </summary>
    public static IEnumerable<Term> InNameOrder(IEnumerable<Term> terms) =>
        terms.OrderBy(term => term.Name, StringComparer.OrdinalIgnoreCase).ThenBy(term => term.Id);
}
