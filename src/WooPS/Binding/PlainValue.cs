using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace WooPS.Binding
{
    /// <summary>
    /// A value given in PowerShell (-Property's hashtable, an object's field) as the core writes it: PowerShell's
    /// wrappers taken off, objects as their properties, lists as arrays, all the way down.
    /// </summary>
    internal static class PlainValue
    {
        public static object? Of(object? value)
        {
            object? plain = value is PSObject wrapped && !(wrapped.BaseObject is PSCustomObject) ? wrapped.BaseObject : value;
            switch (plain)
            {
                case null:
                case string _:
                    return plain;
                case PSObject custom:
                    return custom.Properties.Select(property => new KeyValuePair<string, object?>(property.Name, Of(property.Value))).ToList();
                case IDictionary dictionary:
                    return dictionary.Keys.Cast<object>().Select(key => new KeyValuePair<string, object?>(key.ToString()!, Of(dictionary[key]))).ToList();
                case IEnumerable items:
                    return items.Cast<object?>().Select(Of).ToArray();
                default:
                    return plain;
            }
        }
    }
}
