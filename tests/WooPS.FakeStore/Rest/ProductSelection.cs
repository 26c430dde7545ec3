using System;
using System.Collections.Generic;
using System.Linq;
using WooPS.FakeStore.Catalog;

namespace WooPS.FakeStore.Rest;

/// <summary>Filters, orders and pages products the way the collection parameters ask.</summary>
internal static class ProductSelection
{
    private static readonly string[] AnyStatus = ["publish", "future", "draft", "pending", "private"];

    /// <summary>The requested page, and the total count of matching items across all pages.</summary>
    /// <param name="items">The candidates, in id order (as the catalog keeps products and variations).</param>
    /// <param name="variationsOf">A product's variations: a variable product's price and sale come from them.</param>
    /// <param name="tieBreak">
    /// Orders items that share a date. The real store leaves same-second products in no particular
    /// (and not id) order (capture 01); the fake uses a stable order so that paging stays consistent.
    /// </param>
    /// <param name="categories">The categories asked for with all their subcategories (a category filter includes them).</param>
    public static (IReadOnlyList<Product> Page, int Total) Select(
        IEnumerable<Product> items, ListParameters parameters, Func<long, IReadOnlyList<Product>> variationsOf, Comparison<Product> tieBreak,
        IReadOnlySet<long> categories)
    {
        var prices = new Dictionary<long, ProductPrices>();
        ProductPrices PricesOf(Product item)
        {
            if (!prices.TryGetValue(item.Id, out ProductPrices? found))
            {
                found = ProductPrices.Of(item, item.Type == "variable" ? variationsOf(item.Id) : []);
                prices[item.Id] = found;
            }
            return found;
        }

        // One delegate for the whole walk, not one per item.
        Func<Product, ProductPrices> pricesOf = PricesOf;
        List<Product> matching = items
            .Where(item => Matches(item, parameters, categories) && MatchesPrices(item, parameters, pricesOf))
            .ToList();
        IEnumerable<Product> ordered = Order(matching, parameters, pricesOf, tieBreak);
        List<Product> page = ordered.Skip((parameters.Page - 1) * parameters.PerPage).Take(parameters.PerPage).ToList();
        return (page, matching.Count);
    }

    private static bool Matches(Product item, ListParameters parameters, IReadOnlySet<long> categories) =>
        (parameters.Status == "any" ? AnyStatus.Contains(item.Status) : item.Status == parameters.Status)
        && (parameters.Type is null || item.Type == parameters.Type)
        && (parameters.Skus.Count == 0 || parameters.SkuSet.Contains(item.Sku))
        && (parameters.Search is null || item.Name.Contains(parameters.Search, StringComparison.OrdinalIgnoreCase))
        && (parameters.Include.Count == 0 || parameters.IncludeSet.Contains(item.Id))
        && !parameters.Exclude.Contains(item.Id)
        && (parameters.Parent.Count == 0 || parameters.Parent.Contains(item.ParentId))
        && (parameters.Categories.Count == 0 || item.Categories.Any(category => categories.Contains(category.Id)))
        && (parameters.Tags.Count == 0 || item.Tags.Any(tag => parameters.Tags.Contains(tag.Id)))
        && (parameters.Featured is not bool featured || item.Featured == featured)
        && (parameters.StockStatus is null || item.StockStatus == parameters.StockStatus)
        && parameters.Dates.Admit(item);

    /// <summary>
    /// on_sale and min_price/max_price. A simple product's _price is its active price ("" casts to
    /// 0); a variable product has two _price rows, its cheapest and dearest variation (none when no
    /// variation has a price), and matches when either is in range.
    /// </summary>
    private static bool MatchesPrices(Product item, ListParameters parameters, Func<Product, ProductPrices> pricesOf)
    {
        if (parameters.OnSale is null && parameters.Price is null)
        {
            return true;
        }
        ProductPrices prices = pricesOf(item);
        if (parameters.OnSale is bool onSale && prices.OnSale != onSale)
        {
            return false;
        }
        if (parameters.Price is not PriceRange range)
        {
            return true;
        }
        if (item.Type == "variable")
        {
            return prices.Minimum.Length > 0
                && (range.Contains(PriceHtml.ToNumber(prices.Minimum)) || range.Contains(PriceHtml.ToNumber(prices.Maximum)));
        }
        return range.Contains(PriceHtml.ToNumber(prices.Minimum));
    }

    private static IEnumerable<Product> Order(
        List<Product> items, ListParameters parameters, Func<Product, ProductPrices> pricesOf, Comparison<Product> tieBreak)
    {
        if (parameters.OrderBy == "include" && parameters.Include.Count > 0)
        {
            // post__in keeps the order the ids were given in; order=asc|desc does not apply.
            return items.OrderBy(item => IndexOf(parameters.Include, item.Id));
        }
        if (parameters.OrderBy == "id")
        {
            // The items already come in id order and ids are unique, so sorting would change nothing.
            return parameters.Descending ? Enumerable.Reverse(items) : items;
        }
        if (parameters.OrderBy == "price")
        {
            // WC_Query's price clauses: cheapest price ascending, or dearest price descending, then id.
            return parameters.Descending
                ? items.OrderByDescending(item => PriceHtml.ToNumber(pricesOf(item).Maximum)).ThenByDescending(item => item.Id)
                : items.OrderBy(item => PriceHtml.ToNumber(pricesOf(item).Minimum)).ThenBy(item => item.Id);
        }
        IOrderedEnumerable<Product> ordered = parameters.OrderBy switch
        {
            "title" => Sort(items, item => item.Name.ToLowerInvariant(), parameters.Descending, StringComparer.Ordinal),
            "slug" => Sort(items, item => item.Slug, parameters.Descending, StringComparer.Ordinal),
            "modified" => Sort(items, item => item.DateModified, parameters.Descending),
            _ => Sort(items, item => item.DateCreated, parameters.Descending),
        };
        IComparer<Product> tieComparer = Comparer<Product>.Create(tieBreak);
        return parameters.Descending ? ordered.ThenByDescending(item => item, tieComparer) : ordered.ThenBy(item => item, tieComparer);
    }

    private static IOrderedEnumerable<Product> Sort<TKey>(
        List<Product> items, Func<Product, TKey> key, bool descending, IComparer<TKey>? comparer = null) =>
        descending ? items.OrderByDescending(key, comparer) : items.OrderBy(key, comparer);

    private static int IndexOf(IReadOnlyList<long> ids, long id)
    {
        for (int index = 0; index < ids.Count; index++)
        {
            if (ids[index] == id)
            {
                return index;
            }
        }
        return int.MaxValue;
    }
}
