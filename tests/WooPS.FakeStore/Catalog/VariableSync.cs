using System;
using System.Collections.Generic;
using System.Linq;

namespace WooPS.FakeStore.Catalog;

/// <summary>
/// WC_Product_Variable::sync for what this store keeps: a variable product's stock status follows
/// its variations outside the trash (in stock when one is, else on backorder when one is, else out of
/// stock), and the save dates the product. Its price range is worked out from the variations whenever
/// it is shown, so it needs no sync.
/// </summary>
internal static class VariableSync
{
    public static Product Apply(Product parent, IReadOnlyList<Product> variations, DateTime now)
    {
        List<string> statuses = variations.Where(variation => variation.Status != "trash").Select(variation => variation.StockStatus).ToList();
        string stockStatus = statuses.Contains("instock") ? "instock" : statuses.Contains("onbackorder") ? "onbackorder" : "outofstock";
        return parent with
        {
            StockStatus = parent.Type == "variable" ? stockStatus : parent.StockStatus,
            DateModified = now > parent.DateModified ? now : parent.DateModified,
        };
    }
}
