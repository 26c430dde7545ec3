using System;
using System.Collections;
using System.Collections.Specialized;
using System.Linq;
using System.Management.Automation;

namespace WooPS.Base
{
    /// <summary>
    /// Reads a variation's attribute values as they come: a hashtable (@{ Color = 'Blue' }), a CSV cell
    /// ("Color=Blue; Size=M"), or the attributes of a variation read from the store (name and option each).
    /// An empty cell is none given.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property)]
    internal sealed class AttributeChoicesAttribute : ArgumentTransformationAttribute
    {
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            object? value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
            switch (value)
            {
                case null:
                case IDictionary _:
                    return value;
                case string text:
                    return text.Trim().Length == 0 ? null : FromText(text);
                case IEnumerable items:
                    return FromRecords(items);
                default:
                    throw new ArgumentTransformationMetadataException($"Attribute values are given as @{{ Color = 'Blue' }} or 'Color=Blue; Size=M', not as {value.GetType().Name}.");
            }
        }

        private static IDictionary FromText(string text)
        {
            var choices = new OrderedDictionary(StringComparer.OrdinalIgnoreCase);
            foreach (string pair in text.Split(';').Select(part => part.Trim()).Where(part => part.Length > 0))
            {
                int equals = pair.IndexOf('=');
                if (equals <= 0)
                {
                    throw new ArgumentTransformationMetadataException($"'{pair}' is not an attribute value: write Name=Option, several separated by ';' (Color=Blue; Size=M).");
                }

                choices[pair.Substring(0, equals).Trim()] = pair.Substring(equals + 1).Trim();
            }

            return choices;
        }

        private static IDictionary FromRecords(IEnumerable items)
        {
            var choices = new OrderedDictionary(StringComparer.OrdinalIgnoreCase);
            foreach (object? item in items)
            {
                PSObject record = PSObject.AsPSObject(item);
                if (!(record.Properties["name"]?.Value is object name) || !(record.Properties["option"]?.Value is object option))
                {
                    throw new ArgumentTransformationMetadataException("Each attribute value needs a name and an option, as a variation read from the store has them.");
                }

                choices[name.ToString()!] = option.ToString();
            }

            return choices;
        }
    }
}
