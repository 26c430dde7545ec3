using System.Collections.Generic;

namespace WooPS.FakeStore.Orders;

/// <summary>A shipping_lines item (WC_Order_Item_Shipping), as capture 26 shows one.</summary>
internal sealed record OrderShippingLine(long Id, string MethodTitle, string MethodId, string InstanceId, decimal Total, decimal TotalTax, IReadOnlyList<ItemTax> Taxes);
