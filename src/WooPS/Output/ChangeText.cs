using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using WooPS.Core.Resources;
using WooPS.Core.Resources.Writes;

namespace WooPS.Output
{
    /// <summary>A write's changes in words, for -WhatIf, -Confirm, verbose lines and warnings.</summary>
    internal static class ChangeText
    {
        /// <summary>"regular_price = 12.50 (was 10.00), stock_quantity = 5, status = 'publish' (unchanged)": the fields of a write, for ShouldProcess.</summary>
        /// <param name="resource">Whose fields they are: a field the store never sends back (a password) is not shown.</param>
        public static string Describe(IReadOnlyList<FieldChange> changes, WooResource resource) =>
            changes.Count == 0 ? "no field given" : string.Join(", ", changes.Select(change => resource.Fields.IsWriteOnly(change.Name)
                ? change.Name + " = (hidden)"
                : change.Name + " = " + Shown(change.Value) + Before(change)));

        private static string Before(FieldChange change) =>
            !change.WasKnown ? string.Empty : change.HadIt ? " (unchanged)" : " (was " + Shown(change.Was) + ")";

        /// <summary>A term as "#16", an attribute value as "Color: Blue" (or "#1: Blue"), meta data as "key: value", else its fields.</summary>
        private static string ShownRecord(List<KeyValuePair<string, object?>> fields)
        {
            object? Field(string name) => fields.FirstOrDefault(field => field.Key == name).Value;
            if (Field("option") is object option)
            {
                return $"{Field("name") ?? (Field("id") is object id ? "#" + Shown(id) : "?")}: {option}";
            }

            if (Field("key") is object key)
            {
                return $"{key}: {Shown(Field("value"))}";
            }

            if (Field("id") is object termId)
            {
                // A term: the ids sent, the store's terms with their names.
                return Field("name") is string termName ? $"{termName} (#{Shown(termId)})" : "#" + Shown(termId);
            }

            return "{" + string.Join(", ", fields.Select(field => field.Key + " = " + Shown(field.Value))) + "}";
        }

        public static string NotTakenAdvice(string field) =>
            field == "stock_quantity" ? " WooCommerce keeps a stock quantity only where stock is managed: add -ManageStock $true."
            : field == "regular_price" || field == "sale_price" ? " A variable product has no price of its own: set its variations' prices (Set-WooProductVariation, or their SKUs)."
            : string.Empty;

        public static string Shown(object? value)
        {
            switch (value)
            {
                case null:
                    return "(none)";
                case string text:
                    return text.Length == 0 ? "(none)" : "'" + (text.Length > 60 ? text.Substring(0, 57) + "..." : text) + "'";
                case bool flag:
                    return flag ? "true" : "false";
                case DateTime date:
                    return date.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
                case IConvertible number:
                    return Convert.ToString(number, CultureInfo.InvariantCulture)!;
                case IEnumerable<KeyValuePair<string, object?>> fields:
                    return ShownRecord(fields.ToList());
                case System.Collections.IEnumerable items:
                    return "[" + string.Join(", ", items.Cast<object?>().Select(Shown)) + "]";
                default:
                    return value.ToString() ?? string.Empty;
            }
        }
    }
}
