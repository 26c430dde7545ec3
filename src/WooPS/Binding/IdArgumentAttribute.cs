using System;
using System.Collections;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using WooPS.Core.Json;

namespace WooPS.Binding
{
    /// <summary>
    /// An id (or several) naming an item, from a cell or a typed value: a whole number, never rounded. A value that
    /// is none is the row's failure, not PowerShell's binding error (<see cref="CellAttribute"/>).
    /// </summary>
    [AttributeUsage(AttributeTargets.Property)]
    internal sealed class IdArgumentAttribute : CellAttribute
    {
        /// <param name="field">What the id is of, in messages: "id", "product_id".</param>
        public IdArgumentAttribute(string field = "id")
        {
            Field = field;
        }

        public override string Field { get; }

        protected override object? Read(object value) =>
            value is IEnumerable items && !(value is string) ? items.Cast<object?>().Select(Id).Where(id => id != null).Cast<long>().ToArray() : (object?)Id(value);

        private static long? Id(object? value)
        {
            value = value is PSObject wrapped ? wrapped.BaseObject : value;
            switch (value)
            {
                case null:
                    return null;
                case string text:
                    return text.Trim().Length == 0 ? (long?)null : CellText.Whole(text.Trim());
                case IConvertible number when WholeNumbers.Is(number):
                    return number.ToInt64(CultureInfo.InvariantCulture);
                case IConvertible real when (real is double || real is float || real is decimal) && real.ToDecimal(CultureInfo.InvariantCulture) % 1 == 0:
                    return (long)real.ToDecimal(CultureInfo.InvariantCulture);
                default:
                    throw new FormatException($"{Convert.ToString(value, CultureInfo.InvariantCulture)} is not a whole number.");
            }
        }
    }
}
