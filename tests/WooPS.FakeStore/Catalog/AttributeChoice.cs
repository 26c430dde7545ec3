namespace WooPS.FakeStore.Catalog;

/// <summary>A variation's value of a global attribute, e.g. Color (pa_color) = "Green".</summary>
internal sealed record AttributeChoice(long Id, string Name, string Slug, string Option);
