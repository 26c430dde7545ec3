using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text.Json;

namespace WooPS.FakeStore.Catalog;

/// <summary>
/// A SHA-256 over every stored field of every product and variation, so a test can prove that
/// a request changed nothing: any create, update, delete or stock change gives another value.
/// </summary>
internal static class CatalogFingerprint
{
    public static string Of(IReadOnlyList<Product> items) =>
        // Product is an immutable record of plain values; its JSON names every field it stores.
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(items)));
}
