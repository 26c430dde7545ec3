using System;
using WooPS.FakeStore.Catalog;

namespace WooPS.FakeStore.Rest;

/// <summary>
/// after/before (date_created) and modified_after/modified_before (date_modified), exclusive as
/// WP_Date_Query makes them. Values are site time; dates_are_gmt=true compares them with the
/// *_gmt columns instead (WordPress does not convert the value, only switches the column).
/// </summary>
internal sealed record DateLimits(
    DateTime? CreatedAfter,
    DateTime? CreatedBefore,
    DateTime? ModifiedAfter,
    DateTime? ModifiedBefore,
    bool DatesAreGmt)
{
    public bool Admit(Product product) => Admit(product.DateCreated, product.DateModified);

    /// <summary>Whether a post (a product, a coupon) created and last modified at these site times is admitted.</summary>
    public bool Admit(DateTime createdSiteTime, DateTime modifiedSiteTime)
    {
        DateTime created = DatesAreGmt ? SiteTime.ToGmt(createdSiteTime) : createdSiteTime;
        DateTime modified = DatesAreGmt ? SiteTime.ToGmt(modifiedSiteTime) : modifiedSiteTime;
        return (CreatedAfter is null || created > CreatedAfter)
            && (CreatedBefore is null || created < CreatedBefore)
            && (ModifiedAfter is null || modified > ModifiedAfter)
            && (ModifiedBefore is null || modified < ModifiedBefore);
    }
}
