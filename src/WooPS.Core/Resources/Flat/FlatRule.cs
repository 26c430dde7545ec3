using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Record = System.Collections.Generic.IEnumerable<System.Collections.Generic.KeyValuePair<string, object?>>;

namespace WooPS.Core.Resources.Flat
{
    /// <summary>
    /// How one field of a record becomes the cells of a flat row (<see cref="FlatRow"/>): as it is, its items'
    /// names or URLs joined, a summary of its lines, or one column per part of an object (billing_city). A rule
    /// also says whether its cells are a summary, read and never written back.
    /// </summary>
    internal sealed class FlatRule
    {
        private readonly Func<string, object?, IEnumerable<KeyValuePair<string, object?>>> _cells;

        private FlatRule(Func<string, object?, IEnumerable<KeyValuePair<string, object?>>> cells, bool summary = false, IReadOnlyList<string>? parts = null)
        {
            _cells = cells;
            IsSummary = summary;
            Parts = parts;
        }

        /// <summary>The cells are made from the field for reading; no write takes them back (image URLs, line items).</summary>
        public bool IsSummary { get; }

        /// <summary>For an object spread over columns: the parts written back from <c>field_part</c> columns (an address's city).</summary>
        public IReadOnlyList<string>? Parts { get; }

        /// <summary>A value as it is; a list of plain values joined (a coupon's product ids); an object or a list of objects left out.</summary>
        public static FlatRule Plain { get; } = new FlatRule((field, value) =>
            IsRecord(value) || (value is object?[] items && items.Any(item => IsRecord(item) || item is object?[]))
                ? Enumerable.Empty<KeyValuePair<string, object?>>()
                : new[] { Cell(field, value is object?[] list ? Joined(list.Select(Text)) : value) });

        /// <summary>Left out: links and markup nobody reads in a table (_links, price_html), or data with no flat form (meta_data).</summary>
        public static FlatRule Omitted { get; } = new FlatRule((field, value) => Enumerable.Empty<KeyValuePair<string, object?>>());

        /// <summary>One part of each item, joined: a product's category names, its image URLs.</summary>
        public static FlatRule Joined(string part, bool summary) =>
            new FlatRule((field, value) => new[] { Cell(field, Joined(Items(value).Select(item => Text(FlatRow.Field(item, part))))) }, summary);

        /// <summary>One part of one object: a variation's image URL.</summary>
        public static FlatRule PartOf(string part) =>
            new FlatRule((field, value) => new[] { Cell(field, IsRecord(value) ? Text(FlatRow.Field((Record)value!, part)) : null) }, summary: true);

        /// <summary>A line of text per item, joined: "2 x TEE-B; 1 x CAP".</summary>
        public static FlatRule Summary(Func<Record, string> line) =>
            new FlatRule((field, value) => new[] { Cell(field, Joined(Items(value).Select(line))) }, summary: true);

        /// <summary>An object spread over one column per part (billing_first_name, billing_city, …), written back part by part.</summary>
        public static FlatRule Spread(params string[] parts) =>
            new FlatRule((field, value) => (IsRecord(value) ? (Record)value! : Enumerable.Empty<KeyValuePair<string, object?>>()).Select(part => Cell(field + "_" + part.Key, part.Value)), parts: parts);

        public IEnumerable<KeyValuePair<string, object?>> Cells(string field, object? value) => _cells(field, value);

        /// <summary>A value as text: numbers in the invariant culture, nothing as "".</summary>
        internal static string Text(object? value) => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;

        private static IEnumerable<Record> Items(object? value) => (value as object?[] ?? Array.Empty<object?>()).Where(IsRecord).Cast<Record>();

        /// <summary>An object of fields (a nested record), not text: text is a list of characters.</summary>
        private static bool IsRecord(object? value) => value is Record && !(value is string);

        private static string Joined(IEnumerable<string> texts) => string.Join(FlatRow.ListSeparator, texts.Where(text => text.Length > 0));

        private static KeyValuePair<string, object?> Cell(string column, object? value) => new KeyValuePair<string, object?>(column, value);
    }
}
