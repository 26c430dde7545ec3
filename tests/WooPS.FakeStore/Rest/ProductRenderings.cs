using System;
using System.Collections.Generic;
using System.Linq;
using WooPS.FakeStore.Catalog;

namespace WooPS.FakeStore.Rest;

/// <summary>
/// One product's serialized JSON for each origin it was asked under, with the variations it was
/// rendered from. Lock-free: the list is replaced whole, and a render lost to a concurrent one is
/// only done again.
/// </summary>
internal sealed class ProductRenderings
{
    // A store is reached under very few origins (http, https, a proxy's); the bound keeps a client
    // sending odd Host headers from growing every product's list without end.
    private const int MaxOrigins = 4;

    private volatile Rendering[] _renderings = [];

    /// <summary>The JSON rendered for this origin from exactly these variation records, or null.</summary>
    public byte[]? Find(string origin, IReadOnlyList<Product> variations) =>
        Array.Find(_renderings, rendering => rendering.Origin == origin
            && rendering.Variations.SequenceEqual(variations, ReferenceEqualityComparer.Instance))?.Json;

    public byte[] Add(string origin, IReadOnlyList<Product> variations, byte[] json)
    {
        _renderings = [new Rendering(origin, variations, json), .. _renderings.Where(rendering => rendering.Origin != origin).Take(MaxOrigins - 1)];
        return json;
    }

    private sealed record Rendering(string Origin, IReadOnlyList<Product> Variations, byte[] Json);
}
