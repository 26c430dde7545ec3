using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using WooPS.Core.Json;
using WooPS.Core.Resources;

namespace WooPS.Binding
{
    /// <summary>
    /// What an object piped into a cmdlet names, read the same way by all of them: a number or text (an id, or
    /// else a natural key: a SKU, a code, an e-mail), a row (Import-Csv, ConvertFrom-Json, a hashtable) with an id,
    /// key or parent id column, or a WooPS object, which also says what it is. Each cmdlet then decides what it
    /// takes; nothing is taken for an id merely because it has an <c>id</c> (a category's id is no product's).
    /// </summary>
    internal sealed class PipedObject
    {
        private static readonly string[] ParentColumns = { "parent_id", "product_id", "attribute_id", "order_id" };

        // The natural keys of every resource, for descriptions: "a row (sku A-1)".
        private static readonly string[] KeyColumns = WooResource.All.Where(resource => resource.Key != null).Select(resource => resource.Key!.Field).Distinct().ToArray();

        private readonly Dictionary<string, object?>? _columns;

        private PipedObject(object? original, string? wooType, long? id, string? text, long? parentId, bool isForeign, string description, bool looksLikeTerm = false, long? variationOf = null, Dictionary<string, object?>? columns = null)
        {
            _columns = columns;
            VariationOf = variationOf;
            Original = original;
            WooType = wooType;
            Id = id;
            Text = text;
            ParentId = parentId;
            IsForeign = isForeign;
            Description = description;
            LooksLikeTerm = looksLikeTerm;
        }

        /// <summary>The names of a row's columns (none for values and text).</summary>
        public IEnumerable<string> ColumnNames => _columns?.Keys ?? Enumerable.Empty<string>();

        /// <summary>The object as it came, for error targets.</summary>
        public object? Original { get; }

        /// <summary>The WooPS type name (e.g. WooPS.ProductCategory), also of objects that went through Export-Csv or a remote job.</summary>
        public string? WooType { get; }

        public long? Id { get; }

        /// <summary>Text piped in that is no id: a key (a SKU, a code, an e-mail), or a name for New- cmdlets.</summary>
        public string? Text { get; }

        /// <summary>A row or an object, read by its columns or properties (not a number or text).</summary>
        public bool IsRow => _columns != null;

        /// <summary>The parent_id (or product_id, attribute_id, order_id) it carries: the product of a variation, the order of a note.</summary>
        public long? ParentId { get; }

        /// <summary>
        /// The product whose variation this is: a parent_id above 0 (products carry 0). Unlike <see cref="ParentId"/>
        /// never read from product_id, which a row of products may use for their own id.
        /// </summary>
        public long? VariationOf { get; }

        /// <summary>A .NET object that is neither a value nor a row (a process, a file, a session): never read for ids.</summary>
        public bool IsForeign { get; }

        /// <summary>
        /// A row that has lost its WooPS type (Export-Csv, ConvertTo-Json) but keeps the columns of a category, tag
        /// or term: slug and count, and no sku, code or email. Its id is no product's, coupon's or customer's.
        /// </summary>
        public bool LooksLikeTerm { get; }

        /// <summary>What it is, for messages: "a WooPS.ProductCategory (id 16)", "the number 42".</summary>
        public string Description { get; }

        public static PipedObject Read(PSObject? input)
        {
            object? value = input?.BaseObject;
            switch (value)
            {
                case null:
                    return new PipedObject(input, null, null, null, null, false, "nothing ($null)");
                case string text:
                    return FromText(input, text.Trim());
                case IConvertible number when IsNumber(number):
                    return new PipedObject(input, null, AsId(Number(number)), null, null, false, $"the number {number.ToString(CultureInfo.InvariantCulture)}");
            }

            string? wooType = WooTypeOf(input!);
            if (value is PSCustomObject || value is IDictionary)
            {
                Dictionary<string, object?> columns = ColumnsOf(input!);
                object? Column(string name) => ColumnIn(columns, name);
                long? id = AsId(Number(Column("id")));
                string? key = KeyColumns.Select(column => TextOf(Column(column)) is string value ? $"{column} {value}" : null).FirstOrDefault(found => found != null);
                // A parent id of 0 is "no parent": products exported to CSV carry parent_id 0.
                long? parent = ParentColumns.Select(column => AsId(Number(Column(column)))).FirstOrDefault(found => found != null);
                bool termColumns = wooType == null && Column("slug") != null && Column("count") != null && KeyColumns.All(column => Column(column) == null);
                string what = wooType != null ? $"a {wooType}" : termColumns ? "a row with a category's, tag's or term's columns" : "a row";
                string which = id != null ? $" (id {id})" : key != null ? $" ({key})" : " without an id or key";
                return new PipedObject(input, wooType, id, null, parent, false, what + which, termColumns, AsId(Number(Column("parent_id"))), columns);
            }

            return new PipedObject(input, wooType, null, null, null, true, $"a {wooType ?? value.GetType().FullName}");
        }

        private static PipedObject FromText(PSObject? input, string text) =>
            long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long id)
                ? new PipedObject(input, null, AsId(id), null, null, false, $"the text '{text}'")
                : text.Length == 0
                    ? new PipedObject(input, null, null, null, null, false, "an empty text")
                    : new PipedObject(input, null, null, text, null, false, $"the text '{text}'");

        /// <summary>A row's column as given (PowerShell's wrapper taken off), or null (for values and text piped in, and absent columns).</summary>
        public object? ColumnValue(string column) => Column(column) is object value ? (value is PSObject wrapped ? wrapped.BaseObject : value) : null;

        /// <summary>A row's column as text, or null (for values and text piped in, and empty cells).</summary>
        public string? ColumnText(string column) => TextOf(Column(column));

        /// <summary>The natural key it names (a SKU, a code, an e-mail): a row's column of that name, or the text piped in.</summary>
        public string? KeyOf(NaturalKey key) => IsRow ? TextOf(Column(key.Field)) : Text;

        /// <summary>WooPS.* from the object's type names, without the prefixes Export-Csv and remoting add.</summary>
        private static string? WooTypeOf(PSObject input) =>
            input.TypeNames
                .Select(name => name.Replace("Deserialized.", string.Empty).Replace("CSV:", string.Empty))
                .FirstOrDefault(name => name.StartsWith("WooPS.", StringComparison.Ordinal));

        /// <summary>
        /// A row's columns, read once: every question asked of the row (its id, its key, which columns no parameter
        /// takes, which cells could not be read) is a lookup here, not another walk through PowerShell's adapters.
        /// </summary>
        private static Dictionary<string, object?> ColumnsOf(PSObject row)
        {
            var columns = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
            if (row.BaseObject is IDictionary dictionary)
            {
                foreach (DictionaryEntry entry in dictionary)
                {
                    string name = Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? string.Empty;
                    if (!columns.ContainsKey(name))
                    {
                        columns[name] = entry.Value;
                    }
                }
            }
            else
            {
                foreach (PSPropertyInfo property in row.Properties)
                {
                    columns[property.Name] = ValueOf(property);
                }
            }

            return columns;
        }

        /// <summary>A property's value; a script property that throws (Add-Member on a user's object) is an empty cell, not a failed command.</summary>
        private static object? ValueOf(PSPropertyInfo property)
        {
            try
            {
                return property.Value;
            }
            catch (GetValueException)
            {
                return null;
            }
        }

        private object? Column(string name) => _columns == null ? null : ColumnIn(_columns, name);

        private static object? ColumnIn(Dictionary<string, object?> columns, string name) => columns.TryGetValue(name, out object? value) ? value : null;

        /// <summary>A whole number, from a number of any type (10.0 too, as arithmetic makes it) or from text.</summary>
        private static long? Number(object? value)
        {
            object? plain = value is PSObject wrapped ? wrapped.BaseObject : value;
            switch (plain)
            {
                case string text:
                    return long.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out long parsed) ? parsed : (long?)null;
                case IConvertible number when WholeNumbers.Is(number):
                    return number.ToInt64(CultureInfo.InvariantCulture);
                case IConvertible number when IsNumber(number):
                    double real = number.ToDouble(CultureInfo.InvariantCulture);
                    return Math.Floor(real) == real && Math.Abs(real) < 1e15 ? (long)real : (long?)null;
                default:
                    return null;
            }
        }

        private static bool IsNumber(IConvertible value)
        {
            TypeCode type = value.GetTypeCode();
            return WholeNumbers.Is(value) || type == TypeCode.Double || type == TypeCode.Single || type == TypeCode.Decimal;
        }

        /// <summary>Ids start at 1: 0 and below name nothing, and are not sent to the store.</summary>
        private static long? AsId(long? number) => number > 0 ? number : null;

        private static string? TextOf(object? value)
        {
            string? text = (value is PSObject wrapped ? wrapped.BaseObject : value)?.ToString()?.Trim();
            return string.IsNullOrEmpty(text) ? null : text;
        }
    }
}
