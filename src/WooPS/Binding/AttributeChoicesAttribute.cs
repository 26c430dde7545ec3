using System;
using System.Collections;
using System.Collections.Specialized;
using System.Linq;
using System.Management.Automation;

namespace WooPS.Binding
{
    /// <summary>
    /// A variation's attribute values as they come: a hashtable (@{ Color = 'Blue' }), a CSV cell
    /// ("Color=Blue; Size=M"), or the attributes of a variation read from the store (name and option each).
    /// </summary>
    [AttributeUsage(AttributeTargets.Property)]
    internal sealed class AttributeChoicesAttribute : FieldAttribute
    {
        public AttributeChoicesAttribute()
            : base("attributes")
        {
        }

        protected override object? Read(object value)
        {
            switch (value)
            {
                case IDictionary _:
                    return value;
                case string text:
                    return FromText(text);
                case IEnumerable items:
                    return FromRecords(items);
                default:
                    throw new FormatException($"attribute values are given as @{{ Color = 'Blue' }} or 'Color=Blue; Size=M', not as {value.GetType().Name}.");
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
                    throw new FormatException($"'{pair}' is not an attribute value: write Name=Option, several separated by ';' (Color=Blue; Size=M).");
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
                    throw new FormatException("each attribute value needs a name and an option, as a variation read from the store has them.");
                }

                choices[name.ToString()!] = option.ToString();
            }

            return choices;
        }
    }
}
