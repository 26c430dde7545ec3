using System.Collections.Generic;
using System.Runtime.CompilerServices;
using WooPS.FakeStore.Catalog;

namespace WooPS.FakeStore.Rest;

/// <summary>
/// Each product's full JSON as sent (<see cref="ProductJson"/> through <see cref="PhpJson"/>), so a
/// page of products costs a copy of bytes instead of building and serializing a hundred trees.
/// It cannot go stale: it is kept per Product instance, and the catalog stores a new instance on
/// every change (update, stock, delete), so a changed product is never looked up under its old
/// record; its variations are compared by instance too, and the origin is part of the key because
/// the addresses in permalink and _links contain it. Old records are dropped with their JSON.
/// </summary>
internal sealed class ProductJsonCache(ProductCatalog catalog)
{
    private readonly ConditionalWeakTable<Product, ProductRenderings> _renderings = new();

    public byte[] Utf8Json(Product product, string origin)
    {
        IReadOnlyList<Product> variations = catalog.VariationsOf(product.Id);
        ProductRenderings renderings = _renderings.GetValue(product, _ => new ProductRenderings());
        return renderings.Find(origin, variations)
            ?? renderings.Add(origin, variations, PhpJson.SerializeToUtf8(ProductJson.Product(product, variations, origin, JsonContext.View)));
    }
}
