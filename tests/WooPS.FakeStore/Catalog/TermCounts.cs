using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;

namespace WooPS.FakeStore.Catalog;

/// <summary>
/// Each term's "count": how many published products it is directly assigned to, as WordPress's
/// _update_post_term_count keeps it (drafts, private and pending products do not count, nor do
/// subcategories count towards their parent).
/// </summary>
internal sealed class TermCounts
{
    // Counted once per catalog snapshot: every change makes a new snapshot (ProductCatalog.Products).
    private static readonly ConditionalWeakTable<IReadOnlyList<Product>, TermCounts> BySnapshot = [];

    private readonly Dictionary<long, int> _counts;

    private TermCounts(Dictionary<long, int> counts) => _counts = counts;

    public static TermCounts Of(ProductCatalog catalog) => BySnapshot.GetValue(catalog.Products(), products => Count(catalog, products));

    private static TermCounts Count(ProductCatalog catalog, IReadOnlyList<Product> products)
    {
        var counts = new Dictionary<long, int>();
        foreach (Product product in products.Where(product => product.Status == "publish"))
        {
            IReadOnlyList<Product> variations = product.Type == "variable" ? catalog.VariationsOf(product.Id) : [];
            foreach (long termId in ProductTerms.Of(product, variations))
            {
                counts[termId] = counts.GetValueOrDefault(termId) + 1;
            }
        }
        return new TermCounts(counts);
    }

    public int Of(Term term) => _counts.GetValueOrDefault(term.Id);
}
