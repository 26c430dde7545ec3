using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace WooPS.FakeStore.Catalog;

/// <summary>
/// The store's products and variations, thread-safe. Ids increase with creation and are shared
/// by products and variations, as WordPress posts are.
/// </summary>
internal sealed class ProductCatalog
{
    private readonly object _gate = new();
    private readonly SortedDictionary<long, Product> _byId = [];
    // Each product's variations in id order, so that listing a page or filtering the whole
    // catalog by price never scans every item once per product.
    private readonly Dictionary<long, List<Product>> _variationsByParent = [];
    // The top-level products in id order, kept until the next change: every list request reads
    // them, and walking the whole tree each time costs more than answering a page.
    private IReadOnlyList<Product>? _products;
    private readonly TimeProvider _clock;
    private long _lastId;
    private long _lastMetaId;
    private DateTime _latestCreated = DateTime.MinValue;

    public ProductCatalog(TimeProvider clock, long firstId)
    {
        _clock = clock;
        _lastId = firstId - 1;
    }

    /// <summary>Top-level products (not variations), in id order; a snapshot that later changes do not touch.</summary>
    public IReadOnlyList<Product> Products()
    {
        lock (_gate)
        {
            return _products ??= _byId.Values.Where(product => !product.IsVariation).ToList();
        }
    }

    /// <summary>Every product and variation, in id order.</summary>
    public IReadOnlyList<Product> All()
    {
        lock (_gate)
        {
            return _byId.Values.ToList();
        }
    }

    public int ProductCount => Products().Count;

    /// <summary>The top-level product with this id, or null (variations are not products here).</summary>
    public Product? FindProduct(long id)
    {
        lock (_gate)
        {
            return _byId.TryGetValue(id, out Product? product) && !product.IsVariation ? product : null;
        }
    }

    /// <summary>The product or variation with this id, or null: wc_get_product finds either.</summary>
    public Product? FindProductOrVariation(long id)
    {
        lock (_gate)
        {
            return _byId.TryGetValue(id, out Product? product) ? product : null;
        }
    }

    /// <summary>A variation's product, when it is one and its product exists; null for a product.</summary>
    public Product? ParentOf(Product item) => item.IsVariation ? FindProduct(item.ParentId) : null;

    /// <summary>
    /// A product's variations as WooCommerce counts its children (its variations list, price range,
    /// stock status and attribute terms): all but those in the trash, in id order.
    /// </summary>
    public IReadOnlyList<Product> VariationsOf(long parentId)
    {
        lock (_gate)
        {
            return _variationsByParent.TryGetValue(parentId, out List<Product>? variations)
                ? variations.Where(variation => variation.Status != "trash").ToList()
                : [];
        }
    }

    /// <summary>A product's variations, those in the trash included (what status=trash lists), in id order.</summary>
    public IReadOnlyList<Product> AllVariationsOf(long parentId)
    {
        lock (_gate)
        {
            return _variationsByParent.TryGetValue(parentId, out List<Product>? variations) ? variations.ToList() : [];
        }
    }

    /// <summary>The variation with this id if it is one of this product's, trash included; else null.</summary>
    public Product? FindVariation(long parentId, long id)
    {
        lock (_gate)
        {
            return _byId.TryGetValue(id, out Product? variation) && variation.IsVariation && variation.ParentId == parentId ? variation : null;
        }
    }

    /// <summary>The product or variation using this SKU, or null; one in the trash no longer holds it (is_existing_sku).</summary>
    public Product? FindBySku(string sku)
    {
        lock (_gate)
        {
            return _byId.Values.FirstOrDefault(product => product.Sku.Length > 0 && product.Sku == sku && product.Status != "trash");
        }
    }

    /// <summary>
    /// Whether any product or variation, whatever its status, has this SKU: wc_product_meta_lookup keeps
    /// the row of a product in the trash (capture 63e), where <see cref="FindBySku"/> no longer finds it.
    /// MySQL's collation compares without case.
    /// </summary>
    public bool SkuInLookupTable(string sku)
    {
        lock (_gate)
        {
            return _byId.Values.Any(product => product.Sku.Length > 0 && string.Equals(product.Sku, sku, StringComparison.OrdinalIgnoreCase));
        }
    }

    /// <summary>A new custom field's id: wp_postmeta's sequence, shared by every product and coupon.</summary>
    public long NewMetaId() => Interlocked.Increment(ref _lastMetaId);

    /// <summary>
    /// Takes the next post id without storing a product: wp_posts hands ids out to coupons too, and to a
    /// product WordPress inserts and deletes again (a create refused for its SKU, capture 63e: the next
    /// coupon, 65, got 2108 after product 2105 and two refused creates).
    /// </summary>
    public long ReservePostId()
    {
        lock (_gate)
        {
            return ++_lastId;
        }
    }

    /// <summary>
    /// Gives a product or variation this SKU, nothing checked and nothing else changed (modification date
    /// included), as an import or a plugin writing _sku straight to the database does; false when no
    /// product or variation has the id.
    /// </summary>
    public bool ForceSku(long id, string sku)
    {
        lock (_gate)
        {
            if (!_byId.TryGetValue(id, out Product? item))
            {
                return false;
            }
            Product changed = item with { Sku = sku };
            if (item.IsVariation)
            {
                ReplaceVariation(changed);
            }
            else
            {
                _byId[id] = changed;
            }
            _products = null;
            return true;
        }
    }

    /// <summary>
    /// wc_update_product_stock as an order's status change calls it: the stock of a product or variation
    /// that manages it moves by <paramref name="change"/>, its stock status follows (out of stock at 0 or
    /// below unless backorders are allowed, then on backorder), and only the stock is written, so its
    /// modification date stays; a variation's product is synced as after any change of a variation.
    /// Returns the item as it was and as it is, or null when there is no such item or it manages no stock.
    /// </summary>
    public (Product Before, Product After)? AdjustStock(long id, int change)
    {
        DateTime now = CurrentSecond();
        lock (_gate)
        {
            if (!_byId.TryGetValue(id, out Product? item) || !item.ManageStock)
            {
                return null;
            }
            int quantity = (item.StockQuantity ?? 0) + change;
            string status = quantity > 0 ? "instock" : item.BackordersAllowed ? "onbackorder" : "outofstock";
            Product changed = item with { StockQuantity = quantity, StockStatus = status };
            if (item.IsVariation)
            {
                ReplaceVariation(changed);
                SyncParent(changed.ParentId, now);
            }
            else
            {
                _byId[id] = changed;
                _products = null;
            }
            return (item, changed);
        }
    }

    /// <summary>Stores the product the builder makes with the next id (seeding: the builder dates it).</summary>
    public Product Add(Func<long, Product> build)
    {
        lock (_gate)
        {
            return Store(build(_lastId + 1));
        }
    }

    /// <summary>
    /// Stores a product added while the store runs. Its creation time is now, but always at least
    /// a second after the newest product, so it is strictly the newest in the default order.
    /// </summary>
    public Product AddNew(Func<long, DateTime, Product> build)
    {
        DateTime now = CurrentSecond();
        lock (_gate)
        {
            return Store(build(_lastId + 1, CreationTime(now)));
        }
    }

    /// <summary>Replaces a top-level product with a copy changed now; null when there is no such product.</summary>
    public Product? Update(long id, Func<Product, DateTime, Product> change)
    {
        DateTime now = CurrentSecond();
        lock (_gate)
        {
            if (!_byId.TryGetValue(id, out Product? product) || product.IsVariation)
            {
                return null;
            }
            Product changed = change(product, now);
            _byId[id] = changed;
            _products = null;
            return changed;
        }
    }

    /// <summary>
    /// Moves a top-level product to the trash as wp_trash_post does: status "trash", "__trashed"
    /// after its slug (which frees the slug), modified now, and its traces in the custom fields
    /// (<see cref="TrashMeta"/>). Returns the product as it was and whether
    /// it was in the trash already (then nothing changes), or null when there is no such product.
    /// </summary>
    public (Product Before, bool WasInTrash)? Trash(long id)
    {
        DateTime now = CurrentSecond();
        lock (_gate)
        {
            if (!_byId.TryGetValue(id, out Product? product) || product.IsVariation)
            {
                return null;
            }
            if (product.Status == "trash")
            {
                return (product, true);
            }
            _byId[id] = product with
            {
                Status = "trash",
                Slug = TrashMeta.TrashedSlug(product.Slug),
                DateModified = now,
                MetaData = TrashMeta.Trashed(product.MetaData, product.Status, product.Slug, now, NewMetaId),
            };
            _products = null;
            return (product, false);
        }
    }

    /// <summary>
    /// Deletes a top-level product and its variations for good; returns the product and the variations
    /// it showed (those outside the trash), or null.
    /// </summary>
    public (Product Product, IReadOnlyList<Product> Variations)? Delete(long id)
    {
        lock (_gate)
        {
            if (!_byId.TryGetValue(id, out Product? product) || product.IsVariation)
            {
                return null;
            }
            List<Product> variations = _variationsByParent.Remove(id, out List<Product>? removed) ? removed : [];
            _byId.Remove(id);
            variations.ForEach(variation => _byId.Remove(variation.Id));
            _products = null;
            return (product, variations.Where(variation => variation.Status != "trash").ToList());
        }
    }

    /// <summary>
    /// Stores a new variation of a top-level product, made now by the builder (given its id and now),
    /// and syncs the product; null when there is no such product.
    /// </summary>
    public Product? AddVariation(long parentId, Func<long, DateTime, Product> build)
    {
        DateTime now = CurrentSecond();
        lock (_gate)
        {
            if (!_byId.TryGetValue(parentId, out Product? parent) || parent.IsVariation)
            {
                return null;
            }
            Product created = Store(build(_lastId + 1, CreationTime(now)));
            SyncParent(parentId, created.DateModified);
            return created;
        }
    }

    /// <summary>Replaces a variation with a copy changed now and syncs its product; null when there is no such variation.</summary>
    public Product? UpdateVariation(long id, Func<Product, DateTime, Product> change)
    {
        DateTime now = CurrentSecond();
        lock (_gate)
        {
            if (!_byId.TryGetValue(id, out Product? variation) || !variation.IsVariation)
            {
                return null;
            }
            Product changed = change(variation, now);
            ReplaceVariation(changed);
            SyncParent(changed.ParentId, now);
            return changed;
        }
    }

    /// <summary>
    /// Moves a variation to the trash (status "trash", modified now) and syncs its product. Returns the
    /// variation as it was and whether it was in the trash already (then nothing changes), or null
    /// when there is no such variation.
    /// </summary>
    public (Product Before, bool WasInTrash)? TrashVariation(long id)
    {
        DateTime now = CurrentSecond();
        lock (_gate)
        {
            if (!_byId.TryGetValue(id, out Product? variation) || !variation.IsVariation)
            {
                return null;
            }
            if (variation.Status == "trash")
            {
                return (variation, true);
            }
            ReplaceVariation(variation with { Status = "trash", DateModified = now });
            SyncParent(variation.ParentId, now);
            return (variation, false);
        }
    }

    /// <summary>Deletes a variation for good and syncs its product; returns what was deleted, or null.</summary>
    public Product? DeleteVariation(long id)
    {
        DateTime now = CurrentSecond();
        lock (_gate)
        {
            if (!_byId.TryGetValue(id, out Product? variation) || !variation.IsVariation)
            {
                return null;
            }
            _byId.Remove(id);
            _variationsByParent[variation.ParentId].RemoveAll(sibling => sibling.Id == id);
            SyncParent(variation.ParentId, now);
            return variation;
        }
    }

    /// <summary>
    /// Puts a changed term (renamed, moved) in the place of the one with its id on every product that
    /// has it, or takes the term off them (null: deleted), as the products read it from the terms
    /// table; their modification dates stay, as WordPress leaves posts alone when a term changes.
    /// </summary>
    public void ReplaceTerm(long termId, Term? replacement)
    {
        IReadOnlyList<Term> Replaced(IReadOnlyList<Term> terms) =>
            terms.Select(term => term.Id == termId ? replacement : term).OfType<Term>().ToList();

        lock (_gate)
        {
            foreach (Product product in _byId.Values.Where(product => product.Categories.Concat(product.Tags).Any(term => term.Id == termId)).ToList())
            {
                _byId[product.Id] = product with { Categories = Replaced(product.Categories), Tags = Replaced(product.Tags) };
            }
            _products = null;
        }
    }

    /// <summary>Now, but at least a second after the newest item, so that a new one is strictly the newest. Under the gate.</summary>
    private DateTime CreationTime(DateTime now) => now > _latestCreated ? now : _latestCreated.AddSeconds(1);

    /// <summary>Site time to the second (gmt_offset is 0, so UTC).</summary>
    private DateTime CurrentSecond()
    {
        DateTime now = _clock.GetUtcNow().UtcDateTime;
        return new DateTime(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Unspecified);
    }

    /// <summary>Stores a changed variation in the place of the one with its id, in its product's list too. Under the gate.</summary>
    private void ReplaceVariation(Product changed)
    {
        _byId[changed.Id] = changed;
        List<Product> siblings = _variationsByParent[changed.ParentId];
        siblings[siblings.FindIndex(sibling => sibling.Id == changed.Id)] = changed;
    }

    /// <summary>
    /// What WooCommerce does to a product after one of its variations is saved or deleted
    /// (WC_Product_Variable::sync): its stock status follows the variations, and it is saved, which
    /// dates it (capture 60 shows product 266 modified by the variation batch of capture 55). Under the gate.
    /// </summary>
    private void SyncParent(long parentId, DateTime now)
    {
        if (_byId.TryGetValue(parentId, out Product? parent) && !parent.IsVariation)
        {
            _byId[parentId] = VariableSync.Apply(parent, _variationsByParent.GetValueOrDefault(parentId) ?? [], now);
            _products = null;
        }
    }

    private Product Store(Product product)
    {
        _lastId = product.Id;
        _byId[product.Id] = product;
        _products = null;
        if (product.IsVariation)
        {
            if (!_variationsByParent.TryGetValue(product.ParentId, out List<Product>? siblings))
            {
                siblings = [];
                _variationsByParent[product.ParentId] = siblings;
            }
            siblings.Add(product);
        }
        if (product.DateCreated > _latestCreated)
        {
            _latestCreated = product.DateCreated;
        }
        return product;
    }
}
