using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using WooPS.Core.Json;

namespace WooPS.Core.Resources
{
    /// <summary>
    /// The checks WooCommerce's schema makes on a single request, made on every row before it joins a batch:
    /// batch items skip them, so <c>"stock_quantity":"abc"</c> silently becomes 0 and <c>"status":"bogus"</c> a
    /// draft (capture 53). Only fields whose form is known are checked; others go as given.
    /// </summary>
    internal static class FieldRules
    {
        private static readonly Dictionary<string, string[]> ProductChoices = new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            ["status"] = new[] { "draft", "pending", "private", "publish", "future" },
            ["catalog_visibility"] = new[] { "visible", "catalog", "search", "hidden" },
            ["stock_status"] = new[] { "instock", "outofstock", "onbackorder" },
            ["backorders"] = new[] { "no", "notify", "yes" },
            ["tax_status"] = new[] { "taxable", "shipping", "none" },
            ["type"] = new[] { "simple", "grouped", "external", "variable" },
        };

        private static readonly Dictionary<string, string[]> VariationChoices = new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            ["status"] = new[] { "draft", "pending", "private", "publish" },
            ["stock_status"] = ProductChoices["stock_status"],
            ["backorders"] = ProductChoices["backorders"],
            ["tax_status"] = ProductChoices["tax_status"],
        };

        private static readonly HashSet<string> WholeNumberFields = new HashSet<string>(StringComparer.Ordinal)
        {
            "stock_quantity", "menu_order", "parent_id", "low_stock_amount", "download_limit", "download_expiry",
        };

        private static readonly HashSet<string> Flags = new HashSet<string>(StringComparer.Ordinal)
        {
            "featured", "manage_stock", "virtual", "downloadable", "sold_individually", "reviews_allowed",
        };

        // "12,50" is no amount WooCommerce can read: wc_format_decimal would drop the comma and store 1250.
        private const NumberStyles PlainNumber = NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign;

        private static readonly HashSet<string> BooleanTexts = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "true", "false", "1", "0" };

        /// <summary>What is wrong with a field's value, in words, or null when the store would take it.</summary>
        public static string? Problem(WooResource resource, string name, object? value)
        {
            if (!resource.HasSkus || value == null)
            {
                return null;
            }

            if (name == "sku" && value is string sku && sku.IndexOf(',') >= 0)
            {
                // products?sku=a,b reads two SKUs: an item with this one could never be found by it again.
                return $"a SKU cannot hold a comma ('{sku}')";
            }

            Dictionary<string, string[]> choices = resource.Parent == null ? ProductChoices : VariationChoices;
            if (choices.TryGetValue(name, out string[]? allowed))
            {
                return value is string text && allowed.Contains(text) ? null : $"{name} is one of {string.Join(", ", allowed)}, not {Shown(value)}";
            }

            if (WholeNumberFields.Contains(name))
            {
                // WordPress takes a numeric text too ("5"), as it takes "true" for a flag.
                bool whole = (value is IConvertible number && WholeNumbers.Is(number)) || (value is string digits && long.TryParse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _));
                return whole ? null : $"{name} is a whole number, not {Shown(value)}";
            }

            if (Flags.Contains(name))
            {
                return value is bool || (value is string flag && BooleanTexts.Contains(flag)) ? null : $"{name} is true or false, not {Shown(value)}";
            }

            if (WooFields.IsNumberText(name))
            {
                decimal? amount = value is string text
                    ? text.Length == 0 ? 0 : decimal.TryParse(text, PlainNumber, CultureInfo.InvariantCulture, out decimal parsed) ? parsed : (decimal?)null
                    : value is IConvertible number && (WholeNumbers.Is(number) || number is decimal || (number is double real && !double.IsNaN(real) && Math.Abs(real) < 1e27)) ? number.ToDecimal(CultureInfo.InvariantCulture) : (decimal?)null;
                // WooCommerce stores a negative price or weight as given; no shop means one.
                return amount == null ? $"{name} is a number, not {Shown(value)}" : amount < 0 ? $"{name} cannot be negative ({Shown(value)})" : null;
            }

            if (WooFields.IsDate(name))
            {
                return value is DateTime || value is DateTimeOffset || (value is string date && (date.Length == 0 || DateTime.TryParse(date, CultureInfo.InvariantCulture, DateTimeStyles.None, out _)))
                    ? null
                    : $"{name} is a date, not {Shown(value)}";
            }

            return null;
        }

        private static string Shown(object value) =>
            value is string text ? $"'{text}'" : value is IEnumerable && !(value is string) ? "a list" : Convert.ToString(value, CultureInfo.InvariantCulture) ?? value.GetType().Name;
    }
}
