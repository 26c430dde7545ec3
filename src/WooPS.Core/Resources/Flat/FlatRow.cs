using System;
using System.Collections.Generic;
using System.Linq;
using WooPS.Core.Resources.Fields;
using WooPS.Core.Resources.Writes;
using Record = System.Collections.Generic.IEnumerable<System.Collections.Generic.KeyValuePair<string, object?>>;

namespace WooPS.Core.Resources.Flat
{
    /// <summary>
    /// An item as one row of plain cells, for a spreadsheet (ConvertTo-WooFlat | Export-Csv), and the way back:
    /// which columns of such a row write a field again. The rules go by field name, the same for every resource
    /// that has the field: categories and tags as their names, images as their URLs, attributes and order lines as
    /// summaries, addresses and dimensions as one column per part (billing_city). Lists are joined with
    /// <see cref="ListSeparator"/>, an attribute's options with <see cref="OptionSeparator"/>.
    /// </summary>
    public static class FlatRow
    {
        /// <summary>Between the items of a cell ("Shirts; Sale"): names may hold commas, and a write reads ';' back.</summary>
        public const string ListSeparator = "; ";

        /// <summary>Between an attribute's options ("Color: Red|Blue"), as WordPress separates them.</summary>
        public const string OptionSeparator = "|";

        private static readonly string[] AddressParts = { "first_name", "last_name", "company", "address_1", "address_2", "city", "state", "postcode", "country", "email", "phone" };

        private static readonly Dictionary<string, FlatRule> Rules = new Dictionary<string, FlatRule>(StringComparer.Ordinal)
        {
            ["categories"] = FlatRule.Joined("name", summary: false),
            ["tags"] = FlatRule.Joined("name", summary: false),
            ["images"] = FlatRule.Joined("src", summary: true),
            ["image"] = FlatRule.PartOf("src"),
            // A product's attributes list their options; a variation's (and a default) name one.
            ["attributes"] = FlatRule.Summary(Choice),
            ["default_attributes"] = FlatRule.Summary(Choice),
            ["line_items"] = FlatRule.Summary(line => $"{Text(line, "quantity")} x {(Text(line, "sku") is string sku && sku.Length > 0 ? sku : Text(line, "name"))}"),
            ["shipping_lines"] = FlatRule.Summary(line => $"{Text(line, "method_title")}: {Text(line, "total")}"),
            ["fee_lines"] = FlatRule.Summary(line => $"{Text(line, "name")}: {Text(line, "total")}"),
            ["coupon_lines"] = FlatRule.Summary(line => Text(line, "code")),
            ["tax_lines"] = FlatRule.Summary(line => $"{Text(line, "label")}: {Text(line, "tax_total")}"),
            ["refunds"] = FlatRule.Summary(refund => Text(refund, "total")),
            ["billing"] = FlatRule.Spread(AddressParts),
            ["shipping"] = FlatRule.Spread(AddressParts),
            ["dimensions"] = FlatRule.Spread("length", "width", "height"),
            ["_links"] = FlatRule.Omitted,
            ["price_html"] = FlatRule.Omitted,
            ["meta_data"] = FlatRule.Omitted,
        };

        /// <summary>The item's cells, in the order of its fields.</summary>
        public static IReadOnlyList<KeyValuePair<string, object?>> Flatten(Record item) =>
            item.SelectMany(field => RuleOf(field.Key).Cells(field.Key, field.Value)).ToList();

        /// <summary>A column that holds a summary (image URLs, attributes, order lines): read, and never written back.</summary>
        public static bool IsSummary(string column) => Rules.TryGetValue(column, out FlatRule? rule) && rule.IsSummary;

        /// <summary>A column a write of <paramref name="fields"/> takes back: a term field by names, or a part of an object spread over columns.</summary>
        public static bool WritesBack(FieldSet fields, string column) => FieldOf(fields, column) != null;

        /// <summary>
        /// The fields the given columns write: names or ids of terms (categories: "Shirts; Sale") as references to
        /// look up, and the parts of an object (billing_city) as that object with only those parts. An empty cell
        /// leaves its part as it is.
        /// </summary>
        /// <param name="cells">The columns no parameter took, each with its cell's text.</param>
        public static IReadOnlyList<FieldValue> ReadBack(FieldSet fields, IEnumerable<KeyValuePair<string, string>> cells)
        {
            var terms = new List<FieldValue>();
            var parts = new Dictionary<string, List<KeyValuePair<string, object?>>>(StringComparer.Ordinal);
            foreach (KeyValuePair<string, string> cell in cells.Where(cell => cell.Value.Trim().Length > 0))
            {
                if (!(FieldOf(fields, cell.Key) is { } found))
                {
                    continue;
                }

                (FieldRule rule, string? part) = found;
                if (part == null)
                {
                    terms.Add(new FieldValue(rule.Name, new ItemReferences(cell.Value.Split(';').Select(name => name.Trim()).Where(name => name.Length > 0).ToList())));
                    continue;
                }

                if (!parts.TryGetValue(rule.Name, out List<KeyValuePair<string, object?>>? given))
                {
                    parts[rule.Name] = given = new List<KeyValuePair<string, object?>>();
                }

                given.Add(new KeyValuePair<string, object?>(part, cell.Value));
            }

            return terms.Concat(parts.Select(spread => new FieldValue(spread.Key, spread.Value))).ToList();
        }

        /// <summary>A field of a record read as plain fields (a WooRecord, or an object PowerShell handed over).</summary>
        internal static object? Field(Record record, string name) => record.FirstOrDefault(field => field.Key == name).Value;

        private static FlatRule RuleOf(string field) => Rules.TryGetValue(field, out FlatRule? rule) ? rule : FlatRule.Plain;

        /// <summary>The writable field a column writes back, and the part of it for a spread object; null when it writes none.</summary>
        private static (FieldRule Rule, string? Part)? FieldOf(FieldSet fields, string column)
        {
            if (fields[column] is FieldRule terms && terms.Form == FieldForm.TermObjects && Rules.TryGetValue(column, out FlatRule? joined) && !joined.IsSummary)
            {
                return (terms, null);
            }

            int split = column.IndexOf('_');
            while (split > 0)
            {
                string field = column.Substring(0, split);
                string part = column.Substring(split + 1);
                if (fields[field] is FieldRule rule && Rules.TryGetValue(field, out FlatRule? spread) && spread.Parts?.Contains(part) == true)
                {
                    return (rule, part);
                }

                split = column.IndexOf('_', split + 1);
            }

            return null;
        }

        /// <summary>"Color: Red|Blue" for a product's attribute, "Color: Red" for a variation's.</summary>
        private static string Choice(Record attribute) =>
            $"{Text(attribute, "name")}: {(Field(attribute, "options") is object?[] options ? string.Join(OptionSeparator, options.Select(FlatRule.Text)) : Text(attribute, "option"))}";

        private static string Text(Record record, string name) => FlatRule.Text(Field(record, name));
    }
}
