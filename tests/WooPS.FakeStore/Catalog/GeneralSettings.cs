using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;

namespace WooPS.FakeStore.Catalog;

/// <summary>
/// WooCommerce → Settings → General as its REST routes show it: the settings of WC_Settings_General
/// (get_settings_for_default_section), registered for the API by WC_Register_WP_Admin_Settings, in their order;
/// trimmed to the store address, selling, taxes and coupons, and currency options. Each has id, label (the
/// title, "" without one), description, type (a country picker is a select), default, options (select only,
/// trimmed here), tip (the description when desc_tip is true, else its own text) and value. The price decimals are
/// what the store was started with (<see cref="FakeStoreOptions.PriceDecimals"/>, capture 67); the rest keep
/// WooCommerce's defaults.
/// </summary>
internal static class GeneralSettings
{
    public const string Group = "general";

    public const string PriceDecimals = "woocommerce_price_num_decimals";

    /// <summary>Every setting of the group, without links, in WooCommerce's order.</summary>
    public static IReadOnlyList<JsonObject> All(int priceDecimals) =>
    [
        Text("woocommerce_store_address", "Address line 1", "The street address for your business location.", ""),
        Text("woocommerce_store_address_2", "Address line 2", "An additional, optional address line for your business location.", ""),
        Text("woocommerce_store_city", "City", "The city in which your business is located.", ""),
        Setting("woocommerce_default_country", "Country / State", "The country and state or province, if any, in which your business is located.", "select", "US:CA",
            Options(("DE", "Germany"), ("GB", "United Kingdom (UK)"), ("US:CA", "United States (US) &mdash; California"), ("US:NY", "United States (US) &mdash; New York")),
            tip: null, "US:CA"),
        Text("woocommerce_store_postcode", "Postcode / ZIP", "The postal code, if any, in which your business is located.", ""),
        Setting("woocommerce_allowed_countries", "Selling location(s)", "This option lets you limit which countries you are willing to sell to.", "select", "all",
            Options(("all", "Sell to all countries"), ("all_except", "Sell to all countries, except for&hellip;"), ("specific", "Sell to specific countries")),
            tip: null, "all"),
        Setting("woocommerce_calc_taxes", "Enable taxes", "Enable tax rates and calculations", "checkbox", "no", null,
            "Rates will be configurable and taxes will be calculated during checkout.", "no"),
        Setting("woocommerce_enable_coupons", "Enable coupons", "Enable the use of coupon codes", "checkbox", "yes", null,
            "Coupons can be applied from the cart and checkout pages.", "yes"),
        Setting("woocommerce_calc_discounts_sequentially", "", "Calculate coupon discounts sequentially", "checkbox", "no", null,
            "When applying multiple coupons, apply the first coupon to the full price and the second coupon to the discounted price and so on.", "no"),
        Setting("woocommerce_currency", "Currency", "This controls what currency prices are listed at in the catalog and which currency gateways will take payments in.", "select", "USD",
            Options(Currencies.All.Select(currency => (currency.Code, $"{currency.Name} ({currency.Symbol}) — {currency.Code}")).ToArray()),
            tip: null, "USD"),
        Setting("woocommerce_currency_pos", "Currency position", "This controls the position of the currency symbol.", "select", "left",
            Options(("left", "Left"), ("right", "Right"), ("left_space", "Left with space"), ("right_space", "Right with space")),
            tip: null, "left"),
        Text("woocommerce_price_thousand_sep", "Thousand separator", "This sets the thousand separator of displayed prices.", ","),
        Text("woocommerce_price_decimal_sep", "Decimal separator", "This sets the decimal separator of displayed prices.", "."),
        Setting(PriceDecimals, "Number of decimals", "This sets the number of decimal points shown in displayed prices.", "number", "2", null,
            tip: null, priceDecimals.ToString(CultureInfo.InvariantCulture)),
    ];

    /// <summary>One setting, without links, or null when the group has none of that id.</summary>
    public static JsonObject? Find(string id, int priceDecimals) => All(priceDecimals).FirstOrDefault(setting => (string?)setting["id"] == id);

    /// <summary>A text setting whose tip is its description (desc_tip true), its value the default.</summary>
    private static JsonObject Text(string id, string label, string description, string value) =>
        Setting(id, label, description, "text", value, null, tip: null, value);

    /// <param name="tip">desc_tip's own text; null when desc_tip is true, and the description is the tip.</param>
    private static JsonObject Setting(string id, string label, string description, string type, string @default, JsonObject? options, string? tip, string value)
    {
        var setting = new JsonObject
        {
            ["id"] = id,
            ["label"] = label,
            ["description"] = description,
            ["type"] = type,
            ["default"] = @default,
        };
        if (options is not null)
        {
            setting["options"] = options;
        }
        setting["tip"] = tip ?? description;
        setting["value"] = value;
        return setting;
    }

    private static JsonObject Options(params (string Key, string Label)[] options)
    {
        var json = new JsonObject();
        foreach ((string key, string label) in options)
        {
            json[key] = label;
        }
        return json;
    }
}
