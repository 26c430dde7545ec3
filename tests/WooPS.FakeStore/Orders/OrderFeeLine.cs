using System.Collections.Generic;

namespace WooPS.FakeStore.Orders;

/// <summary>
/// A fee_lines item (WC_Order_Item_Fee): its name, tax status, the amount as set (kept as the string
/// set_amount stored) and its total.
/// </summary>
internal sealed record OrderFeeLine(long Id, string Name, string TaxStatus, string Amount, decimal Total, decimal TotalTax, IReadOnlyList<ItemTax> Taxes);
