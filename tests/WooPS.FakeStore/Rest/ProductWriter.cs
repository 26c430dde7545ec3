using System.Linq;
using System.Text.Json.Nodes;
using WooPS.FakeStore.Catalog;

namespace WooPS.FakeStore.Rest;

/// <summary>
/// Creates and updates products as WC_REST_CRUD_Controller::create_item and update_item do, for a
/// single request and a batch item alike: the body's fields go through <see cref="ProductPatch"/>,
/// and when one of WC_Product's setters throws (in prepare_object_for_database's order: an unknown tax
/// status, an unknown catalog visibility, then a SKU another product or variation outside the trash
/// uses) nothing is stored and the error is the answer. A create then takes a lock on its SKU in the
/// lookup table, which a product in the trash still holds (captures 63e, 63f); an update takes none, so
/// a trashed product's SKU can be given to another product that way (WooCommerce's source: only
/// WC_Product_Data_Store_CPT::create calls obtain_lock_on_sku_for_concurrent_requests; no capture).
/// </summary>
internal sealed class ProductWriter(ProductCatalog catalog, StoreTaxonomies taxonomies)
{
    public (Product? Created, WooError? Error) Create(JsonObject fields)
    {
        if (SetterError(fields, productId: 0) is WooError refused)
        {
            return (null, refused);
        }
        if (ProductPatch.RequestedSku(fields) is { Length: > 0 } sku && catalog.SkuInLookupTable(sku))
        {
            // WordPress inserted the post before the lock failed, then deleted it: its id is gone.
            catalog.ReservePostId();
            return (null, WooErrors.ProductNotCreated(sku));
        }
        // A product created without a name is "Product", and without categories it is Uncategorized (capture 33).
        Product created = catalog.AddNew((id, now) => ProductPatch.Apply(
            new Product { Id = id, Name = "Product", Categories = [taxonomies.DefaultCategory], DateCreated = now, DateModified = now },
            fields, now, catalog.NewMetaId, taxonomies));
        return (created, null);
    }

    public (Product? Updated, WooError? Error) Update(long id, JsonObject fields)
    {
        if (catalog.FindProduct(id) is null)
        {
            return (null, WooErrors.InvalidProductIdToUpdate());
        }
        if (SetterError(fields, id) is WooError refused)
        {
            return (null, refused);
        }
        Product? updated = catalog.Update(id, (product, now) => ProductPatch.Apply(product, fields, now, catalog.NewMetaId, taxonomies));
        return updated is null ? (null, WooErrors.InvalidProductIdToUpdate()) : (updated, null);
    }

    private WooError? SetterError(JsonObject fields, long productId)
    {
        if (ProductPatch.RequestedTaxStatus(fields) is string taxStatus && !ProductPatch.TaxStatuses.Contains(taxStatus))
        {
            return WooErrors.InvalidTaxStatus();
        }
        if (ProductPatch.RequestedCatalogVisibility(fields) is string visibility && !ProductPatch.CatalogVisibilities.Contains(visibility))
        {
            return WooErrors.InvalidCatalogVisibility();
        }
        return UniqueSku.Conflict(catalog, fields, productId);
    }
}
