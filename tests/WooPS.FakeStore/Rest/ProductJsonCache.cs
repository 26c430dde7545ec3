using System.Collections.Generic;
using System.Runtime.CompilerServices;
using WooPS.FakeStore.Catalog;

namespace WooPS.FakeStore.Rest;

/// <summary>
/// Each product's full JSON as sent (<see cref="ProductJson"/> through <see cref="PhpJson"/>), so a
/// page of products costs a copy of bytes instead of building and serializing a hundred trees.
/// It cannot go stale: it is kept per Product instance, and the catalog stores a new instance on
/// every change (update, stock, delete), so a changed product is never looked up under its old
/// record; the records it was rendered from (a product's variations, a variation's product) are
/// compared by instance too, and the origin and the context are part of the key because the
/// addresses in permalink and _links contain the one and the texts differ by the other. Old records
/// are dropped with their JSON.
/// </summary>
internal sealed class ProductJsonCache(ProductCatalog catalog)
{
    private readonly ConditionalWeakTable<Product, ProductRenderings> _renderings = new();

    public byte[] Utf8Json(Product product, string origin, JsonContext context)
    {
        IReadOnlyList<Product> variations = catalog.VariationsOf(product.Id);
        Product? parent = catalog.ParentOf(product);
        IReadOnlyList<Product> sources = parent is null ? variations : [parent];
        ProductRenderings renderings = _renderings.GetValue(product, _ => new ProductRenderings());
        return renderings.Find(origin, context, sources)
            ?? renderings.Add(origin, context, sources, PhpJson.SerializeToUtf8(ProductJson.Product(product, variations, origin, context, parent)));
    }
}
