using System.Collections.Generic;

namespace WooPS.FakeStore.Catalog;

/// <summary>A global product attribute (Products → Attributes), e.g. Color, with its terms in the pa_color taxonomy.</summary>
internal sealed record ProductAttribute(long Id, string Name, string Slug, IReadOnlyList<Term> Terms)
{
    /// <summary>The attribute's taxonomy, e.g. "pa_color".</summary>
    public string Taxonomy => "pa_" + Slug;
}
