namespace WooPS.Core.Diagnostics
{
    /// <summary>What a key may do, as WooCommerce's key list names it.</summary>
    public enum KeyPermission
    {
        None,
        Read,
        Write,
        ReadWrite,
    }
}
