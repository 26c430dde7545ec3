using System;
using System.Collections.Generic;

namespace WooPS.Core.Json
{
    /// <summary>
    /// How WooCommerce types its fields on the wire, for the reader and the writer alike: amounts of money are
    /// strings (<c>""</c> when unset), weights and dimensions are strings too, dates are
    /// <c>yyyy-MM-ddTHH:mm:ss</c> (the <c>*_gmt</c> ones in UTC, the others in the site's time).
    /// </summary>
    internal static class WooFields
    {
        public const string DateFormat = "yyyy-MM-dd'T'HH:mm:ss";

        // Fields WooCommerce sends and takes as strings that are amounts of money.
        private static readonly HashSet<string> Money = new HashSet<string>(StringComparer.Ordinal)
        {
            "price", "regular_price", "sale_price",
            "total", "subtotal", "total_tax", "subtotal_tax", "cart_tax",
            "shipping_total", "shipping_tax", "discount_total", "discount_tax",
            "amount", "total_spent", "minimum_amount", "maximum_amount",
            // An order's tax, coupon and refund lines (capture 66l).
            "tax_total", "shipping_tax_total", "discount",
        };

        // Fields WooCommerce's schema types as strings although they hold numbers: a JSON number is refused there.
        private static readonly HashSet<string> NumberText = new HashSet<string>(StringComparer.Ordinal)
        {
            "weight", "length", "width", "height",
        };

        public static bool IsMoney(string name) => Money.Contains(name);

        /// <summary>Money WooCommerce sends as a JSON number: an order line's price (66l).</summary>
        public static bool IsMoneyAsNumber(string name) => name == "price";

        /// <summary>A number WooCommerce wants as a string: money, weight and dimensions.</summary>
        public static bool IsNumberText(string name) => Money.Contains(name) || NumberText.Contains(name);

        public static bool IsDate(string name) =>
            name.StartsWith("date_", StringComparison.Ordinal) || IsUtcDate(name);

        public static bool IsUtcDate(string name) => name.EndsWith("_gmt", StringComparison.Ordinal);
    }
}
