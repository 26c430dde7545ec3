using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace WooPS.FakeStore.Catalog;

/// <summary>
/// A few of the currencies WooCommerce knows (get_woocommerce_currencies), in its order (by code), each with its
/// name and its symbol as get_woocommerce_currency_symbols writes it: an HTML entity, "&amp;#36;" for the dollar
/// (capture 59). The store's own currency is USD, WooCommerce's default.
/// </summary>
internal static class Currencies
{
    public const string StoreCurrency = "USD";

    public static IReadOnlyList<Currency> All { get; } =
    [
        new("AUD", "Australian dollar", "&#36;"),
        new("CAD", "Canadian dollar", "&#36;"),
        new("CHF", "Swiss franc", "&#67;&#72;&#70;"),
        new("EUR", "Euro", "&euro;"),
        new("GBP", "Pound sterling", "&pound;"),
        new("INR", "Indian rupee", "&#8377;"),
        new("JPY", "Japanese yen", "&yen;"),
        new("SEK", "Swedish krona", "&#107;&#114;"),
        new("USD", "United States (US) dollar", "&#36;"),
    ];

    /// <summary>The currency of this code in any case (the route upper-cases it), or null.</summary>
    public static Currency? Find(string code) => All.FirstOrDefault(currency => string.Equals(currency.Code, code, StringComparison.OrdinalIgnoreCase));

    internal sealed record Currency(string Code, string Name, string Symbol)
    {
        /// <summary>As data/currencies answers it (capture 59), links included.</summary>
        public JsonObject ToJson(string origin)
        {
            string collection = origin + "/wp-json/wc/v3/data/currencies";
            return new JsonObject
            {
                ["code"] = Code,
                ["name"] = Name,
                ["symbol"] = Symbol,
                ["_links"] = new JsonObject
                {
                    ["self"] = new JsonArray(new JsonObject
                    {
                        ["href"] = collection + "/" + Code,
                        ["targetHints"] = new JsonObject { ["allow"] = new JsonArray("GET") },
                    }),
                    ["collection"] = new JsonArray(new JsonObject { ["href"] = collection }),
                },
            };
        }
    }
}
