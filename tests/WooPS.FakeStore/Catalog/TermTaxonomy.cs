using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace WooPS.FakeStore.Catalog;

/// <summary>
/// A taxonomy as the terms endpoints serve it: where it lives under wc/v3, whether its terms nest
/// (parent applies, hide_empty keeps parents of non-empty children), its terms and how one renders
/// (term, product count, collection address). The terms are a snapshot that a write replaces whole
/// (<see cref="Store"/>), so a reader never sees half of a change.
/// </summary>
internal sealed class TermTaxonomy
{
    private volatile IReadOnlyList<Term> _terms;

    public TermTaxonomy(string restBase, bool hierarchical, IReadOnlyList<Term> terms, Func<Term, int, string, JsonObject> render)
    {
        RestBase = restBase;
        Hierarchical = hierarchical;
        Render = render;
        _terms = terms;
    }

    public string RestBase { get; }

    public bool Hierarchical { get; }

    public IReadOnlyList<Term> Terms => _terms;

    public Func<Term, int, string, JsonObject> Render { get; }

    /// <summary>The store's product categories as a new store has them (capture 27).</summary>
    public static TermTaxonomy NewCategories() => new("products/categories", true, StoreTerms.Categories, TermJson.Category);

    /// <summary>The store's product tags as a new store has them.</summary>
    public static TermTaxonomy NewTags() => new("products/tags", false, StoreTerms.Tags, TermJson.Tag);

    /// <summary>The pa_* taxonomy of a global attribute, or null when no attribute has this id.</summary>
    public static TermTaxonomy? OfAttribute(long parentId) =>
        StoreTerms.FindAttribute(parentId) is ProductAttribute attribute
            ? new TermTaxonomy($"products/attributes/{attribute.Id}/terms", false, attribute.Terms, TermJson.AttributeTerm)
            : null;

    /// <summary>A term as this taxonomy's routes answer it, addresses under the origin the request is judged as.</summary>
    public JsonObject Json(Term term, TermCounts counts, string origin) => Render(term, counts.Of(term), $"{origin}/wp-json/wc/v3/{RestBase}");

    /// <summary>The term with this id, or null: a term of another taxonomy is as missing as no term at all.</summary>
    public Term? Find(long id) => _terms.FirstOrDefault(term => term.Id == id);

    /// <summary>
    /// The terms and all their descendants: a category filter includes children, as WP_Tax_Query
    /// does for a hierarchical taxonomy unless told otherwise.
    /// </summary>
    public IReadOnlySet<long> WithDescendants(IEnumerable<long> termIds)
    {
        IReadOnlyList<Term> terms = _terms;
        var found = new HashSet<long>(termIds);
        bool grew = true;
        while (grew)
        {
            grew = false;
            // Parent 0 means "no parent": term 0 (what junk ids parse to) has no children.
            foreach (Term term in terms.Where(term => term.Parent != 0 && found.Contains(term.Parent) && !found.Contains(term.Id)))
            {
                grew = found.Add(term.Id) || grew;
            }
        }
        return found;
    }

    /// <summary>Replaces the terms; only the store's term writer calls it, one write at a time.</summary>
    public void Store(IReadOnlyList<Term> terms) => _terms = terms;
}
