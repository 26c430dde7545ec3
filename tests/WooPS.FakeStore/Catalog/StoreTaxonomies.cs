using System.Linq;
using System.Threading;

namespace WooPS.FakeStore.Catalog;

/// <summary>
/// One store's product categories and tags, which the REST API may add to, rename and delete from
/// (each store its own: tests run several at once). Attribute terms stay as <see cref="StoreTerms"/> has them.
/// </summary>
internal sealed class StoreTaxonomies
{
    private long _lastTermId = StoreTerms.LastId;

    public TermTaxonomy Categories { get; } = TermTaxonomy.NewCategories();

    public TermTaxonomy Tags { get; } = TermTaxonomy.NewTags();

    /// <summary>The category a product gets when it is made without one (default_product_cat), as it is now.</summary>
    public Term DefaultCategory => Categories.Find(StoreTerms.DefaultCategoryId) ?? StoreTerms.Uncategorized;

    /// <summary>Whether a term other than this one has the slug, in any taxonomy (wp_terms holds them all).</summary>
    public bool SlugInUse(string slug, long exceptTermId = 0) =>
        Categories.Terms.Concat(Tags.Terms).Concat(StoreTerms.Attributes.SelectMany(attribute => attribute.Terms))
            .Any(term => term.Slug == slug && term.Id != exceptTermId);

    /// <summary>A new term's id: wp_terms' sequence, shared by every taxonomy.</summary>
    public long NewTermId() => Interlocked.Increment(ref _lastTermId);
}
