using System;
using System.Collections.Generic;

namespace WooPS.FakeStore.Orders;

/// <summary>
/// A refund of an order (a shop_order_refund, its own post id): when, how much, why, who made it, and
/// the items it gave back (negative quantities and money, each naming the item it refunds).
/// </summary>
internal sealed record OrderRefund
{
    public long Id { get; init; }

    public long OrderId { get; init; }

    /// <summary>Site time.</summary>
    public DateTime DateCreated { get; init; }

    public decimal Amount { get; init; }

    public string Reason { get; init; } = "";

    /// <summary>The user who made it (the administrator, 1).</summary>
    public long RefundedBy { get; init; }

    /// <summary>Whether the payment gateway refunded the money (false for a manual refund).</summary>
    public bool RefundedPayment { get; init; }

    public IReadOnlyList<OrderLineItem> LineItems { get; init; } = [];
}
