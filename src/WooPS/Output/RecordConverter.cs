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
            FieldSet? fields = WooResource.ByTypeName(typeName)?.Fields;
            PSObject result = ToPSObject(record, (name, value) => ReadValues.Property(name, value, fields?[name] != null));
            result.TypeNames.Insert(0, typeName);
            return result;
        }

        /// <param name="property">Makes each field's property: the item's own remember what they were read as.</param>
        private static PSObject ToPSObject(WooRecord record, Func<string, object?, PSNoteProperty> property)
        {
            var result = new PSObject();
            foreach (var field in record)
            {
                // PowerShell has no property without a name (PHP arrays can have a "" key, in meta values). A name
                // given twice (only a broken proxy sends one) keeps its last value: Add replaces, as json_decode does.
                if (field.Key.Length > 0)
                {
                    result.Properties.Add(property(field.Key, ToValue(field.Value)));
                }
            }

            return result;
        }

        /// <summary>
        /// A value as read from the store, as PowerShell gets it: a record as an object of its fields (nested ones
        /// untyped), a list as an array of such values, anything else as itself.
        /// </summary>
        public static object? ToValue(object? value)
        {
            switch (value)
            {
                case WooRecord nested:
                    return ToPSObject(nested, (name, value) => new PSNoteProperty(name, value));
                case object?[] items:
                    var converted = new object?[items.Length];
                    for (int i = 0; i < items.Length; i++)
                    {
                        converted[i] = ToValue(items[i]);
                    }

                    return converted;
                default:
                    return value;
            }
        }
    }
}
