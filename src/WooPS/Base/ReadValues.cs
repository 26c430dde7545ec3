using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Management.Automation;
using WooPS.Core.Json;

namespace WooPS.Base
{
    /// <summary>
    /// What the fields of a WooPS object held when the store sent it, for the fields a write takes from the
    /// pipeline. Piping an object back into Set- then sends only the fields changed since it was read: stale
    /// values (a stock level an order has since lowered) are not written back. Kept as long as the object lives.
    /// </summary>
    internal static class ReadValues
    {
        private static readonly HashSet<string> Kept = new HashSet<string>(StringComparer.Ordinal)
        {
            "name", "sku", "regular_price", "sale_price", "date_on_sale_from", "date_on_sale_to", "stock_quantity",
            "manage_stock", "stock_status", "backorders", "status", "description", "short_description", "featured",
            "catalog_visibility", "weight", "slug", "parent", "display", "menu_order",
        };

        private static readonly ConditionalWeakTable<PSObject, Dictionary<string, object?>> AsRead = new ConditionalWeakTable<PSObject, Dictionary<string, object?>>();

        public static void Keep(PSObject item, WooRecord record)
        {
            var values = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (KeyValuePair<string, object?> field in record)
            {
                if (Kept.Contains(field.Key))
                {
                    values[field.Key] = field.Value;
                }
            }

            AsRead.Add(item, values);
        }

        /// <summary>The value the field had when <paramref name="item"/> was read, if it is an object as read from the store.</summary>
        public static bool TryGet(PSObject? item, string field, out object? value)
        {
            value = null;
            return item != null && AsRead.TryGetValue(item, out Dictionary<string, object?>? values) && values.TryGetValue(field, out value);
        }
    }
}
