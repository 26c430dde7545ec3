using System;
using System.Collections.Generic;

namespace WooPS.FakeStore.Catalog;

/// <summary>
/// One stored coupon (a shop_coupon post and its custom fields), the fields WC_Coupon keeps, as its
/// setters leave them; <see cref="CouponJson"/> renders them as the coupons controller does. Immutable:
/// a change stores a changed copy.
/// </summary>
internal sealed record Coupon
{
    public long Id { get; init; }

    /// <summary>The code as wc_format_coupon_code stores it: lower case (captures 51, 51b).</summary>
    public string Code { get; init; } = "";

    /// <summary>post_name: the code through sanitize_title, "" while a draft or pending, with "__trashed" in the trash.</summary>
    public string Slug { get; init; } = "";

    /// <summary>publish, draft, pending, private, trash, or whatever else a request set (set_status checks nothing).</summary>
    public string Status { get; init; } = "publish";

    /// <summary>Site time.</summary>
    public DateTime DateCreated { get; init; }

    /// <summary>Site time: post_modified, which only a change of code, description or status moves (capture 65e).</summary>
    public DateTime DateModified { get; init; }

    /// <summary>One of <see cref="CouponTypes.Known"/>.</summary>
    public string DiscountType { get; init; } = "fixed_cart";

    public decimal Amount { get; init; }

    public string Description { get; init; } = "";

    /// <summary>Site time; null when the coupon never expires.</summary>
    public DateTime? DateExpires { get; init; }

    public long UsageCount { get; init; }

    public bool IndividualUse { get; init; }

    public IReadOnlyList<long> ProductIds { get; init; } = [];

    public IReadOnlyList<long> ExcludedProductIds { get; init; } = [];

    /// <summary>0 for no limit (answered as null).</summary>
    public long UsageLimit { get; init; }

    /// <summary>0 for no limit (answered as null).</summary>
    public long UsageLimitPerUser { get; init; }

    /// <summary>null or 0 for no limit (answered as null).</summary>
    public long? LimitUsageToXItems { get; init; }

    public bool FreeShipping { get; init; }

    public IReadOnlyList<long> ProductCategories { get; init; } = [];

    public IReadOnlyList<long> ExcludedProductCategories { get; init; } = [];

    public bool ExcludeSaleItems { get; init; }

    public decimal MinimumAmount { get; init; }

    public decimal MaximumAmount { get; init; }

    /// <summary>Lower-cased addresses.</summary>
    public IReadOnlyList<string> EmailRestrictions { get; init; } = [];

    /// <summary>User ids (as strings) or guest e-mail addresses, one per use (capture 51: ["3"]).</summary>
    public IReadOnlyList<string> UsedBy { get; init; } = [];

    public IReadOnlyList<ProductMeta> MetaData { get; init; } = [];
}
