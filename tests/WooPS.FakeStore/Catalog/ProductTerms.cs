using System.Collections.Generic;
using System.Linq;

namespace WooPS.FakeStore.Catalog;

/// <summary>
/// The terms a product is assigned, in every taxonomy at once (term ids are unique across them):
/// its category, its tags and, for a variable product, each attribute value its variations use.
/// Variations themselves carry no terms.
/// </summary>
internal static class ProductTerms
{
    public static IEnumerable<long> Of(Product product, IReadOnlyList<Product> variations)
    {
        if (product.Category is Term category)
        {
            yield return category.Id;
        }
        foreach (Term tag in product.Tags)
        {
            yield return tag.Id;
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
}
