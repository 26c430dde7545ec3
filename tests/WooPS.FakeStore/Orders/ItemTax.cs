namespace WooPS.FakeStore.Orders;

/// <summary>
/// One tax rate's share of an item's tax, as the item's taxes array keeps it: unrounded amounts
/// (wc_format_decimal without places), the subtotal null for items that keep none (shipping, fees:
/// the REST API then answers "").
/// </summary>
internal sealed record ItemTax(long RateId, decimal Total, decimal? Subtotal);
