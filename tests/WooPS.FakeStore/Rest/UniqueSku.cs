using System.Text.Json.Nodes;
using WooPS.FakeStore.Catalog;

namespace WooPS.FakeStore.Rest;

/// <summary>
/// WC_Product::set_sku's check, for products and variations alike: an SKU another product or
/// variation outside the trash has is refused with product_invalid_sku (capture 35b).
/// </summary>
internal static class UniqueSku
{
    /// <param name="ownId">The product or variation being changed (0 for a new one): its own SKU is no conflict.</param>
    public static WooError? Conflict(ProductCatalog catalog, JsonObject fields, long ownId) =>
        ProductPatch.RequestedSku(fields) is { Length: > 0 } sku && catalog.FindBySku(sku) is Product owner && owner.Id != ownId
            ? WooErrors.DuplicateSku(owner.Id, owner.Sku)
            : null;
}
