using System;

namespace WooPS.FakeStore.Catalog;

/// <summary>
/// Fills the store with sample coupons after the products, so their ids follow the last product's.
/// The kinds take turns: "save001" a percentage (10%, 20%, …) for individual use, limited to 100 uses and
/// one per customer, used once by customer 2; "cart002" a fixed cart discount (5.00, 10.00, …) from a
/// 50.00 order, expiring a year after it was made; "item003" a fixed product discount (2.50, 5.00, …)
/// with free shipping, not on sale items, for at most 2 items. Every fifth is a draft. They were made
/// 17 minutes apart from 2025-12-01 09:00. Deterministic for a given count.
/// </summary>
internal static class CouponSeeder
{
    private static readonly DateTime FirstCreated = new(2025, 12, 1, 9, 0, 0, DateTimeKind.Unspecified);

    public static void Seed(StoreCoupons coupons, int count)
    {
        for (int index = 1; index <= count; index++)
        {
            int round = (index - 1) / 3;
            DateTime created = FirstCreated.AddMinutes(17 * (index - 1));
            var coupon = new Coupon
            {
                Status = index % 5 == 0 ? "draft" : "publish",
                DateCreated = created,
                DateModified = created,
            };
            coupon = ((index - 1) % 3) switch
            {
                0 => coupon with
                {
                    Code = $"save{index:000}",
                    DiscountType = "percent",
                    Amount = 10 * (round % 9 + 1),
                    Description = $"{10 * (round % 9 + 1)}% off",
                    IndividualUse = true,
                    UsageLimit = 100,
                    UsageLimitPerUser = 1,
                    UsageCount = 1,
                    UsedBy = ["2"],
                },
                1 => coupon with
                {
                    Code = $"cart{index:000}",
                    DiscountType = "fixed_cart",
                    Amount = 5 * (round % 4 + 1),
                    Description = $"{5 * (round % 4 + 1)}.00 off an order of 50.00 or more",
                    MinimumAmount = 50,
                    DateExpires = created.Date.AddYears(1),
                },
                _ => coupon with
                {
                    Code = $"item{index:000}",
                    DiscountType = "fixed_product",
                    Amount = 2.5m * (round % 4 + 1),
                    Description = "Off each product, with free shipping",
                    FreeShipping = true,
                    ExcludeSaleItems = true,
                    LimitUsageToXItems = 2,
                },
            };
            Coupon seeded = coupon;
            coupons.Add(id => seeded with { Id = id, Slug = seeded.Status == "draft" ? "" : seeded.Code });
        }
    }
}
