using System;
using System.Collections.Generic;
using System.Linq;
using WooPS.FakeStore.Catalog;

namespace WooPS.FakeStore.Rest;

/// <summary>
/// One product's serialized JSON for each origin and context it was asked under, with the records it
/// was rendered from (its variations, or a variation's product). Lock-free: the list is replaced
/// whole, and a render lost to a concurrent one is only done again.
/// </summary>
internal sealed class ProductRenderings
{
    // A store is reached under very few origins (http, https, a proxy's), each in two contexts; the
    // bound keeps a client sending odd Host headers from growing every product's list without end.
    private const int MaxRenderings = 8;

    private volatile Rendering[] _renderings = [];

    /// <summary>The JSON rendered for this origin and context from exactly these records, or null.</summary>
    public byte[]? Find(string origin, JsonContext context, IReadOnlyList<Product> sources) =>
        Array.Find(_renderings, rendering => rendering.Origin == origin && rendering.Context == context
            && rendering.Sources.SequenceEqual(sources, ReferenceEqualityComparer.Instance))?.Json;

    public byte[] Add(string origin, JsonContext context, IReadOnlyList<Product> sources, byte[] json)
    {
        _renderings =
        [
            new Rendering(origin, context, sources, json),
            .. _renderings.Where(rendering => rendering.Origin != origin || rendering.Context != context).Take(MaxRenderings - 1),
        ];
        return json;
    }

    private sealed record Rendering(string Origin, JsonContext Context, IReadOnlyList<Product> Sources, byte[] Json);
}
