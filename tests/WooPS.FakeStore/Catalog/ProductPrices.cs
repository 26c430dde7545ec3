using System.Collections.Generic;
using System.Linq;

namespace WooPS.FakeStore.Catalog;

/// <summary>
/// What a product costs as WooCommerce keeps it for queries: a simple product's active price; for a
/// variable product the cheapest and dearest variation prices (its two _price rows) and whether
/// any variation is on sale. Empty strings when nothing has a price.
/// </summary>
internal sealed record ProductPrices(string Minimum, string Maximum, bool OnSale)
{
    public static ProductPrices Of(Product product, IReadOnlyList<Product> variations)
    {
        if (product.Type != "variable")
        {
            return new ProductPrices(product.ActivePrice, product.ActivePrice, product.OnSale);
        }
        List<string> prices = variations.Select(variation => variation.ActivePrice).Where(price => price.Length > 0)
            .OrderBy(PriceHtml.ToNumber).ToList();
        return prices.Count == 0
            ? new ProductPrices("", "", false)
            : new ProductPrices(prices[0], prices[^1], variations.Any(variation => variation.OnSale));
    }
}
