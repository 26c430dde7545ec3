using System;
using System.Collections;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using WooPS.Core.Json;
using WooPS.Core.Resources;
using WooPS.Core.Resources.Fields;

namespace WooPS.Binding
{
    /// <summary>
    /// Binds a parameter to a WooCommerce field, and reads what it is given (a CSV cell, a typed value, an object's
    /// property) in the field's form, the same in every cmdlet (<see cref="WooResource.FormOf"/>). An empty cell
    /// means "leave the field as it is": it becomes null, which the write leaves out (-Clear empties a field). A
    /// value that cannot be read is not PowerShell's binding error, which would name no row: the field is left
    /// out, and the cmdlet fails the row with the reason (<see cref="CellRefusals"/>). Choices are checked by the
    /// core, per resource, where the row is named too.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property)]
    internal class FieldAttribute : CellAttribute
    {
        public FieldAttribute(string name)
        {
            Name = name;
        }

        /// <summary>WooCommerce's name for the field.</summary>
        public string Name { get; }

        public override string Field => Name;

        /// <summary>
        /// For fields naming other items: the PowerShell type of those items, whose objects stand for their id (a
        /// category object for a product's categories). Names, slugs, keys and ids pass as text.
        /// </summary>
        public string? ItemType { get; set; }

        /// <summary>The value in the field's form; a <see cref="FormatException"/> says why it cannot be.</summary>
        protected override object? Read(object value)
        {
            FieldForm form = WooResource.FormOf(Name);
            switch (form)
            {
                case FieldForm.Amount:
                case FieldForm.NumberText:
                    return value is string amount ? CellText.Amount(amount.Trim()) : Number(value, whole: false);
                case FieldForm.Whole:
                    return value is string digits ? CellText.Whole(digits.Trim()) : Number(value, whole: true);
                case FieldForm.Flag:
                    return value is string flag ? CellText.Flag(flag.Trim()) : value is bool ? value : throw new FormatException($"{Shown(value)} is not true or false.");
                case FieldForm.Date:
                    return value is string date ? CellText.Date(date.Trim()) : value is DateTime || value is DateTimeOffset ? value : throw new FormatException($"{Shown(value)} is not a date.");
                case FieldForm.Emails:
                    return value is string addresses ? CellText.Listed(addresses).Split(';', ',').Select(part => part.Trim()).Where(part => part.Length > 0).ToArray() : Texts(value);
                case FieldForm.Ids:
                case FieldForm.TermObjects:
                    return References(value);
                case FieldForm.TermId:
                    string[] one = References(value);
                    return one.Length == 1 ? one[0] : throw new FormatException($"{Name} takes one {ItemType ?? "item"}, not {one.Length}.");
                case FieldForm.Structure:
                    // Export-Csv writes an object as PowerShell shows it ("@{city=…}"): that is no address.
                    return value is string shown ? throw new FormatException(CellText.IsExported(shown) ? CellText.ExportedProblem : $"'{(shown.Length > 40 ? shown.Substring(0, 37) + "..." : shown)}' is text, not an object: give a hashtable or an object (a CSV cannot hold one; export only the columns you change)") : value;
                default:
                    // Text; a number given for it goes as its invariant text.
                    return value is string text ? Trimmed(text)
                        : value is System.Security.SecureString ? value
                        : value is IConvertible convertible && !(value is bool) ? convertible.ToString(CultureInfo.InvariantCulture)
                        : throw new FormatException($"{Shown(value)} is not text.");
            }
        }

        /// <summary>Text keeps its spaces and line breaks, but choices and keys are trimmed, as the store trims them (wc_clean).</summary>
        private string Trimmed(string text) => WooResource.IsTrimmed(Name) ? text.Trim() : text;

        /// <summary>Ids, names, slugs or keys, from a cell ("Shirts; Sale"), a list, or objects of the items' type.</summary>
        private string[] References(object value) =>
            value is string text ? CellText.List(text)
            : value is IEnumerable items && !(value is IDictionary) ? items.Cast<object?>().SelectMany(item => item == null ? new string[0] : References(item is PSObject inner && !(inner.BaseObject is PSCustomObject) ? inner.BaseObject : item)).ToArray()
            : value is IConvertible number && WholeNumbers.Is(number) ? new[] { number.ToString(CultureInfo.InvariantCulture) }
            : new[] { IdOfObject(value) };

        private string IdOfObject(object value)
        {
            PipedObject given = PipedObject.Read(PSObject.AsPSObject(value));
            if (ItemType != null && given.WooType == ItemType && given.Id is long id)
            {
                return id.ToString(CultureInfo.InvariantCulture);
            }

            throw new FormatException($"{given.Description} is no {ItemType ?? "id"}{(ItemType != null ? ", id, slug or name" : string.Empty)}.");
        }

        private static string[] Texts(object value) =>
            value is IEnumerable items ? items.Cast<object?>().Select(item => Convert.ToString(item is PSObject inner ? inner.BaseObject : item, CultureInfo.InvariantCulture) ?? string.Empty).ToArray() : new[] { Convert.ToString(value, CultureInfo.InvariantCulture)! };

        /// <summary>A number given typed: whole numbers are never rounded (PowerShell would round 4.5 to 4).</summary>
        private static object Number(object value, bool whole)
        {
            if (!(value is IConvertible number) || value is bool || !(WholeNumbers.Is(number) || value is double || value is float || value is decimal))
            {
                throw new FormatException($"{Shown(value)} is not a number.");
            }

            decimal exact = number.ToDecimal(CultureInfo.InvariantCulture);
            if (whole)
            {
                return exact % 1 == 0 ? (object)(long)exact : throw new FormatException($"{Shown(value)} is not a whole number.");
            }

            return exact;
        }

        private static string Shown(object value) => value is string text ? $"'{text}'" : Convert.ToString(value, CultureInfo.InvariantCulture) ?? value.GetType().Name;
    }
}
