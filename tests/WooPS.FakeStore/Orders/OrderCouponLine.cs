using System.Collections.Generic;

namespace WooPS.FakeStore.Orders;

/// <summary>
/// A coupon_lines item (WC_Order_Item_Coupon), as capture 47 shows one: the code, the discount it
/// gave, and the coupon_info meta field the REST API reads its discount type, nominal amount and
/// free shipping from.
/// </summary>
internal sealed record OrderCouponLine(long Id, string Code, decimal Discount, decimal DiscountTax, string DiscountType, decimal NominalAmount, bool FreeShipping,
    IReadOnlyList<OrderItemMeta> MetaData);
