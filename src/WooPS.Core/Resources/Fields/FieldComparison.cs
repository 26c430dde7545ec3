using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using WooPS.Core.Json;

namespace WooPS.Core.Resources.Fields
{
    /// <summary>
    /// Whether a value to write would leave a field as the store has it, so it need not be sent. Numbers compare by
    /// value ("12.50" is 12.5), an empty text or null is "unset", dates of the site's time by their clock reading,
    /// objects by the fields given, lists item by item, terms by their ids and meta data by key. When in doubt it
    /// says "different": sending a value again is harmless, leaving out a change is not.
    /// </summary>
    public static class FieldComparison
    {
        private static readonly HashSet<string> TermLists = new HashSet<string>(StringComparer.Ordinal) { "categories", "tags" };

        // Limits WooCommerce answers as null when they are 0, "no limit" (get_formatted_item_data of coupons).
        private static readonly HashSet<string> Limits = new HashSet<string>(StringComparer.Ordinal) { "usage_limit", "usage_limit_per_user", "limit_usage_to_x_items" };

        // Amounts WooCommerce answers as "0.00" when they are not set (wc_format_decimal of coupons): "" written is 0.
        private static readonly HashSet<string> ZeroWhenUnset = new HashSet<string>(StringComparer.Ordinal) { "amount", "minimum_amount", "maximum_amount" };

        // Text the store shows through wpautop: a read answers "<p>Text</p>\n" for the "Text" it keeps, so a cell
        // exported from a read and imported back holds the HTML of the same text.
        private static readonly HashSet<string> RenderedText = new HashSet<string>(StringComparer.Ordinal) { "description", "short_description" };

        private static readonly string[] ParagraphMarks = { "<p>", "</p>", "<br />", "<br>" };

        /// <summary>
        /// Whether the value given for a field is what the item holds. A date given with its zone (this computer's
        /// time, or UTC) is compared through the field's <c>*_gmt</c> twin, as the item holds it in the site's time.
        /// </summary>
        public static bool SameAsItem(string name, object? given, WooRecord item) =>
            given is DateTime date && date.Kind != DateTimeKind.Unspecified && item[name + "_gmt"] is DateTime gmt
                ? date.ToUniversalTime().Ticks == gmt.Ticks
                : Same(name, given, item[name]);

        public static bool Same(string name, object? given, object? stored)
        {
            if (Limits.Contains(name))
            {
                given = AsNumber(name, given) == 0 ? null : given;
                stored = AsNumber(name, stored) == 0 ? null : stored;
            }

            if (ZeroWhenUnset.Contains(name))
            {
                given = IsUnset(given) ? 0m : given;
                stored = IsUnset(stored) ? 0m : stored;
            }

            if (IsUnset(given) || IsUnset(stored))
            {
                return IsUnset(given) && IsUnset(stored);
            }

            if (AsNumber(name, given) is decimal number && AsNumber(name, stored) is decimal storedNumber)
            {
                return number == storedNumber;
            }

            switch (given)
            {
                case string text:
                    return stored is string storedText && (string.Equals(text, storedText, StringComparison.Ordinal)
                        || (RenderedText.Contains(name) && string.Equals(Unrendered(text), Unrendered(storedText), StringComparison.Ordinal)));
                case bool flag:
                    return stored is bool storedFlag && flag == storedFlag;
                case DateTime date:
                    return stored is DateTime storedDate && date.Kind == storedDate.Kind && date == storedDate;
                case IEnumerable<KeyValuePair<string, object?>> record:
                    // Against the store's object, or the same object as a piped item held it when read.
                    return (stored is WooRecord || stored is IEnumerable<KeyValuePair<string, object?>>) && record.All(field => Same(field.Key, field.Value, Field(stored, field.Key)));
                case IDictionary dictionary:
                    return stored is WooRecord asRecord && dictionary.Keys.Cast<object>().All(key => Same(Convert.ToString(key, CultureInfo.InvariantCulture)!, dictionary[key], asRecord[Convert.ToString(key, CultureInfo.InvariantCulture)!]));
                case IEnumerable items when stored is object?[] storedItems:
                    return SameList(name, items.Cast<object?>().ToList(), storedItems);
                default:
                    return false;
            }
        }

        private static bool SameList(string name, List<object?> given, object?[] stored)
        {
            if (TermLists.Contains(name))
            {
                // The store answers with id, name and slug; what is written is the ids, in any order.
                return new HashSet<long?>(given.Select(IdOf)).SetEquals(stored.Select(IdOf));
            }

            if (name == "attributes" && given.All(item => Field(item, "option") != null))
            {
                // A variation's attribute values: WooCommerce answers with id, name, slug and option, in its own order,
                // and matches an option to its term whatever the case.
                return given.Count == stored.Length && given.All(choice => stored.Any(had => SameChoice(choice, had)));
            }

            if (name == "meta_data")
            {
                // Meta data written by key replaces that key's value and leaves the others (capture 61b).
                return given.All(entry => stored.Any(had => SameMeta(entry, had)));
            }

            return given.Count == stored.Length && given.Select((item, index) => Same(name, item, stored[index])).All(same => same);
        }

        private static bool SameMeta(object? given, object? stored) =>
            stored is WooRecord had && Field(given, "key") is object key && Same("key", key, had["key"]) && SameMetaValue(Field(given, "value"), had["value"]);

        /// <summary>WordPress keeps a meta value as text: 77 written comes back "77".</summary>
        private static bool SameMetaValue(object? given, object? stored) =>
            Same("value", given, stored)
            || (given is IConvertible && stored is IConvertible && !(given is DateTime) && string.Equals(Convert.ToString(given, CultureInfo.InvariantCulture), Convert.ToString(stored, CultureInfo.InvariantCulture), StringComparison.Ordinal));

        private static bool SameChoice(object? given, object? stored)
        {
            bool sameAttribute = Field(given, "id") != null
                ? IdOf(given) == IdOf(stored)
                : string.Equals(Field(given, "name") as string, Field(stored, "name") as string, StringComparison.OrdinalIgnoreCase);
            return sameAttribute && string.Equals(Field(given, "option") as string, Field(stored, "option") as string, StringComparison.OrdinalIgnoreCase);
        }

        private static long? IdOf(object? item) => AsNumber("id", Field(item, "id")) is decimal id ? (long)id : (long?)null;

        private static object? Field(object? item, string name)
        {
            switch (item)
            {
                case WooRecord record:
                    return record[name];
                case IEnumerable<KeyValuePair<string, object?>> fields:
                    return fields.FirstOrDefault(field => field.Key == name).Value;
                case IDictionary dictionary:
                    return dictionary.Contains(name) ? dictionary[name] : null;
                default:
                    return null;
            }
        }

        /// <summary>The text without the paragraph marks wpautop adds, and without the line breaks around them.</summary>
        private static string Unrendered(string text) =>
            string.Join("\n", ParagraphMarks.Aggregate(text.Replace("\r\n", "\n"), (rest, mark) => rest.Replace(mark, "\n")).Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0));

        /// <summary>Null or "": WooCommerce writes an unset price, date or text as either.</summary>
        private static bool IsUnset(object? value) => value == null || (value is string text && text.Length == 0);

        private static decimal? AsNumber(string name, object? value)
        {
            switch (value)
            {
                case bool _:
                case null:
                    return null;
                case string text:
                    return WooFields.IsNumberText(name) && decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out decimal parsed) ? parsed : (decimal?)null;
                case decimal exact:
                    return exact;
                case double real:
                    return double.IsNaN(real) || double.IsInfinity(real) || Math.Abs(real) > 1e27 ? (decimal?)null : (decimal)real;
                case IConvertible integer when WholeNumbers.Is(integer):
                    return integer.ToDecimal(CultureInfo.InvariantCulture);
                default:
                    return null;
            }
        }
    }
}
