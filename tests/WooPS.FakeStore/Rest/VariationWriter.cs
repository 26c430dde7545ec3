using System.Collections.Generic;
using System.Text.Json.Nodes;
using WooPS.FakeStore.Catalog;

namespace WooPS.FakeStore.Rest;

/// <summary>
/// Creates and updates variations as WC_REST_Product_Variations_Controller does, for a single request
/// and a batch item alike: the body's fields go through <see cref="ProductPatch.ApplyToVariation"/>,
/// a duplicate SKU (of a product or a variation) is refused and nothing is stored. Every change syncs
/// the product (<see cref="VariableSync"/>).
/// </summary>
internal sealed class VariationWriter(ProductCatalog catalog)
{
    /// <summary>A new variation of the product, published, its stock not managed, its tax class its product's, dated now.</summary>
    public (Product? Created, WooError? Error) Create(long productId, JsonObject fields)
    {
        if (fields["id"] is JsonValue id && id.ToString() is not ("" or "0"))
        {
            return (null, WooErrors.VariationExists());
        }
        if (catalog.FindProduct(productId) is not Product product)
        {
            return (null, WooErrors.UnknownVariationParent());
        }
        if (UniqueSku.Conflict(catalog, fields, ownId: 0) is WooError duplicate)
        {
            return (null, duplicate);
        }
        IReadOnlyList<AttributeChoice> attributes = VariationAttributes.Of(catalog.VariationsOf(productId));
        Product? created = catalog.AddVariation(productId, (newId, now) =>
        {
            Product variation = ProductPatch.ApplyToVariation(
                new Product { Id = newId, ParentId = productId, Type = "variation", TaxClass = "parent", DateCreated = now, DateModified = now },
                fields, now, catalog.NewMetaId, attributes);
            // The post's name: its title, "Product - Green, L" (capture 56), as sanitize_title makes it.
            return variation with { Slug = WordPressText.SanitizeTitle(variation.Name.Length == 0 ? product.Name : $"{product.Name} - {variation.Name}") };
        });
        return created is null ? (null, WooErrors.UnknownVariationParent()) : (created, null);
    }

    /// <summary>
    /// Changes a variation of the product. An id that is no variation is unknown (400, as update_item
    /// says it); a variation of another product is refused as the single route's permission check
    /// refuses it. WooCommerce's batch skips that check and would move the variation to this product;
    /// this store refuses it there too.
    /// </summary>
    public (Product? Updated, WooError? Error) Update(long productId, long id, JsonObject fields, int authorizationRequiredCode)
    {
        if (catalog.FindProductOrVariation(id) is not { IsVariation: true } variation)
        {
            return (null, WooErrors.InvalidVariationIdToUpdate());
        }
        if (variation.ParentId != productId)
        {
            return (null, WooErrors.VariationOfAnotherProduct(authorizationRequiredCode));
        }
        if (UniqueSku.Conflict(catalog, fields, id) is WooError duplicate)
        {
            return (null, duplicate);
        }
        IReadOnlyList<AttributeChoice> attributes = VariationAttributes.Of(catalog.VariationsOf(productId));
        Product? updated = catalog.UpdateVariation(id, (current, now) => ProductPatch.ApplyToVariation(current, fields, now, catalog.NewMetaId, attributes));
        return updated is null ? (null, WooErrors.InvalidVariationIdToUpdate()) : (updated, null);
    }
}
