using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace WooPS.FakeStore.Catalog;

/// <summary>
/// A taxonomy as the terms endpoints serve it: where it lives under wc/v3, whether its terms nest
/// (parent applies, hide_empty keeps parents of non-empty children), its terms and how one renders
/// (term, product count, collection address).
/// </summary>
internal sealed record TermTaxonomy(string RestBase, bool Hierarchical, IReadOnlyList<Term> Terms, Func<Term, int, string, JsonObject> Render)
{
    public static readonly TermTaxonomy Categories = new("products/categories", true, StoreTerms.Categories, TermJson.Category);

    public static readonly TermTaxonomy Tags = new("products/tags", false, StoreTerms.Tags, TermJson.Tag);

    /// <summary>The pa_* taxonomy of a global attribute, or null when no attribute has this id.</summary>
    public static TermTaxonomy? OfAttribute(long parentId) =>
        StoreTerms.FindAttribute(parentId) is ProductAttribute attribute
            ? new TermTaxonomy($"products/attributes/{attribute.Id}/terms", false, attribute.Terms, TermJson.AttributeTerm)
            : null;
}
