using System.Collections.Generic;

namespace WooPS.Core.Resources.Lookups
{
    /// <summary>How a lookup reads the items it finds.</summary>
    public sealed class LookupOptions
    {
        public static readonly LookupOptions AsShown = new LookupOptions();

        /// <summary>
        /// Read in the edit context, where text fields are as stored: the view context passes a description through
        /// wpautop, so it would never compare equal to what was written.
        /// </summary>
        public bool ToEdit { get; set; }

        /// <summary>Only these fields of each item (WooCommerce's _fields), besides those that place and name it; null for all.</summary>
        public IReadOnlyCollection<string>? Fields { get; set; }

        /// <summary>
        /// Look in the trash for keys not found outside it (the command can act on items there): a SKU's filter
        /// leaves the trash out (63c), a coupon's code never finds it (65g).
        /// </summary>
        public bool InTrashToo { get; set; }
    }
}
