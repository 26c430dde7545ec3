using System.Collections.Generic;

namespace WooPS.Core.Resources.Writes
{
    /// <summary>
    /// A field value naming items of another resource as people do: terms by id, slug or name (a product's
    /// categories, a coupon's categories), items by id or natural key (a coupon's products by SKU). Before a write
    /// is sent it becomes what the field's rule says (<c>[{"id":…}]</c>, ids, or one id); a name no item has
    /// fails the row alone.
    /// </summary>
    public sealed class ItemReferences
    {
        public ItemReferences(IReadOnlyList<string> given)
        {
            Given = given;
        }

        public IReadOnlyList<string> Given { get; }

        public override string ToString() => string.Join(", ", Given);
    }
}
