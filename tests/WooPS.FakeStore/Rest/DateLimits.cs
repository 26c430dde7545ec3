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
    public bool Admit(Product product)
    {
        DateTime created = DatesAreGmt ? product.DateCreatedGmt : product.DateCreated;
        DateTime modified = DatesAreGmt ? product.DateModifiedGmt : product.DateModified;
        return (CreatedAfter is null || created > CreatedAfter)
            && (CreatedBefore is null || created < CreatedBefore)
            && (ModifiedAfter is null || modified > ModifiedAfter)
            && (ModifiedBefore is null || modified < ModifiedBefore);
    }
}
