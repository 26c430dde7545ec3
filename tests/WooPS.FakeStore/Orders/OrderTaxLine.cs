namespace WooPS.FakeStore.Orders;

/// <summary>A tax_lines item (WC_Order_Item_Tax): one rate's totals for the order, items and shipping apart.</summary>
internal sealed record OrderTaxLine(long Id, string RateCode, long RateId, string Label, bool Compound, decimal TaxTotal, decimal ShippingTaxTotal, double RatePercent);
