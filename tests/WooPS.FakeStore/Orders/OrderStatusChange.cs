namespace WooPS.FakeStore.Orders;

/// <summary>
/// WC_Order::set_status and the transition save() runs after it, for a REST update (single or batch):
/// a status the store does not know becomes pending (WC_Abstract_Order::set_status; only a single PUT
/// checks it against the schema first, capture 66e); nothing happens when it does not change. Otherwise
/// the order is modified now, paid now when it first reaches its paid status (maybe_set_date_paid:
/// processing, or completed), completed now when completed (66j; leaving completed keeps the date, 66k);
/// then the new status's hook moves stock (<see cref="OrderStock"/>: processing, completed and on-hold
/// take it, cancelled and pending give it back) and its note comes first, then the system's note "Order
/// status changed from Pending payment to On hold." (49b).
/// </summary>
internal sealed class OrderStatusChange(StoreOrders orders, OrderStock stock)
{
    public const string SystemAuthor = "WooCommerce";

    /// <summary>The order with the status set. Call it inside <see cref="StoreOrders.Update"/>, which dates it.</summary>
    public Order Apply(Order order, string requested, System.DateTime now)
    {
        string to = OrderStatuses.IsSettable(requested) ? requested : "pending";
        string from = order.Status;
        if (to == from)
        {
            return order;
        }
        Order changed = order with { Status = to, DateModified = now };
        string paidStatus = order.NeedsProcessing ? "processing" : "completed";
        if (changed.DatePaid is null && (to == paidStatus || (paidStatus == "processing" && to == "completed")))
        {
            changed = changed with { DatePaid = now };
        }
        if (to == "completed")
        {
            changed = changed with { DateCompleted = now };
        }
        string? stockNote = null;
        if (OrderStatuses.ReducesStock(to) && !changed.StockReduced)
        {
            (changed, stockNote) = stock.Reduce(changed, orders);
            changed = changed with { StockReduced = true };
        }
        else if (OrderStatuses.RestoresStock(to) && changed.StockReduced)
        {
            (changed, stockNote) = stock.Increase(changed);
            changed = changed with { StockReduced = false };
        }
        if (stockNote is not null)
        {
            orders.AddNote(order.Id, SystemAuthor, stockNote, customerNote: false, now);
        }
        orders.AddNote(order.Id, SystemAuthor, $"Order status changed from {OrderStatuses.Name(from)} to {OrderStatuses.Name(to)}.", customerNote: false, now);
        return changed;
    }
}
