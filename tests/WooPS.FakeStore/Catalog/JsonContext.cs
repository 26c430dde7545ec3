namespace WooPS.FakeStore.Catalog;

/// <summary>
/// The context WooCommerce prepares a product for: view for reads unless they ask for context=edit;
/// edit for the answers of creates, updates and deletes, which set context=edit before preparing the
/// product (captures 23, 33–36).
/// </summary>
internal enum JsonContext
{
    View,
    Edit,
}
