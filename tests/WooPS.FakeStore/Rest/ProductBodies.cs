using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using WooPS.FakeStore.Catalog;

namespace WooPS.FakeStore.Rest;

/// <summary>
/// Each product's JSON as the GET answers send it, lists and single products alike: the full
/// product from the cache, one cut down by _fields rendered afresh; and, under
/// <see cref="FakeStoreModes.LoneSurrogate"/>, the name of the product with the second-lowest id
/// written with half an emoji.
/// </summary>
internal sealed class ProductBodies(ProductCatalog catalog, ProductJsonCache cache)
{
    private static readonly byte[] BrokenName = "\"name\":\"Broken \\ud83d Name\""u8.ToArray();

    /// <summary>Renders the products of one request.</summary>
    /// <param name="fields">The _fields parameter, or null.</param>
    /// <param name="context">The context parameter: edit shows texts as stored.</param>
    public Func<Product, byte[]> For(RestRequest request, IReadOnlyList<string>? fields, JsonContext context)
    {
        string origin = request.Judged.Origin;
        long brokenId = request.Modes.LoneSurrogate && catalog.Products() is { Count: > 1 } products ? products[1].Id : 0;
        return product =>
        {
            byte[] json = fields is null
                ? cache.Utf8Json(product, origin, context)
                : PhpJson.SerializeToUtf8(FieldFilter.InRequestedOrder(
                    ProductJson.Product(product, catalog.VariationsOf(product.Id), origin, context, catalog.ParentOf(product)), fields));
            return product.Id == brokenId ? WithBrokenName(json, product) : json;
        };
    }

    /// <summary>
    /// The name's member replaced, bytes and all (no JSON writer emits a lone surrogate). It is the
    /// first "name" in the product, so a _fields without it leaves the JSON as it is.
    /// </summary>
    private static byte[] WithBrokenName(byte[] json, Product product)
    {
        byte[] name = [.. "\"name\":"u8, .. PhpJson.SerializeToUtf8(JsonValue.Create(product.Name))];
        int at = json.AsSpan().IndexOf(name);
        return at < 0 ? json : [.. json.AsSpan(0, at), .. BrokenName, .. json.AsSpan(at + name.Length)];
    }
}
