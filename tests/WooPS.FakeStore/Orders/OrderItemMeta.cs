namespace WooPS.FakeStore.Orders;

/// <summary>
/// One meta field of an order item (woocommerce_order_itemmeta): its id, key and value, and the
/// display_key and display_value get_all_formatted_meta_data gives it ("pa_color" shows as "Color",
/// "red" as "Red"; a field it does not format shows its key and value, as _reduced_stock does in capture 26).
/// </summary>
internal sealed record OrderItemMeta(long Id, string Key, string Value, string DisplayKey, string DisplayValue)
{
    public static OrderItemMeta Plain(long id, string key, string value) => new(id, key, value, key, value);
}
