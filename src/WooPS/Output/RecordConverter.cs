using System;
using System.Management.Automation;
using WooPS.Core.Json;
using WooPS.Core.Resources;
using WooPS.Core.Resources.Fields;

namespace WooPS.Output
{
    /// <summary>WooCommerce records as PowerShell objects: one note property per field, under the store's own name.</summary>
    internal static class RecordConverter
    {
        public static PSObject ToPSObject(WooRecord record, string typeName)
        {
            WooResource? resource = WooResource.ByTypeName(typeName);
            FieldSet? fields = resource?.Fields;
            PSObject result = ToPSObject(record, (name, value) => ReadValues.Property(name, ToValue(value, resource?.PartTypeName(name)), fields?[name] != null));
            result.TypeNames.Insert(0, typeName);
            return result;
        }

        /// <param name="property">Makes each field's property from its converted value: the item's own remember what they were read as.</param>
        private static PSObject ToPSObject(WooRecord record, Func<string, object?, PSNoteProperty> property)
        {
            var result = new PSObject();
            foreach (var field in record)
            {
                // PowerShell has no property without a name (PHP arrays can have a "" key, in meta values). A name
                // given twice (only a broken proxy sends one) keeps its last value: Add replaces, as json_decode does.
                if (field.Key.Length > 0)
                {
                    result.Properties.Add(property(field.Key, field.Value));
                }
            }

            return result;
        }

        /// <summary>
        /// A value as read from the store, as PowerShell gets it: a record as an object of its fields, a list as an
        /// array of such values, anything else as itself.
        /// </summary>
        /// <param name="partTypeName">The type name of the objects the value holds (an order's line items), or null.</param>
        public static object? ToValue(object? value, string? partTypeName = null)
        {
            switch (value)
            {
                case WooRecord nested:
                    PSObject part = ToPSObject(nested, (name, inner) => new PSNoteProperty(name, ToValue(inner)));
                    if (partTypeName != null)
                    {
                        part.TypeNames.Insert(0, partTypeName);
                    }

                    return part;
                case object?[] items:
                    var converted = new object?[items.Length];
                    for (int i = 0; i < items.Length; i++)
                    {
                        converted[i] = ToValue(items[i], partTypeName);
                    }

                    return converted;
                default:
                    return value;
            }
        }
    }
}
