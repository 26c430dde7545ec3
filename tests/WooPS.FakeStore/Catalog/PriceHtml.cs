using System.Globalization;

namespace WooPS.FakeStore.Catalog;

/// <summary>WooCommerce's price_html markup for a US-dollar store, as in the captures.</summary>
internal static class PriceHtml
{
    public static string Regular(string price) =>
        $"<span class=\"woocommerce-Price-amount amount\"><bdi><span class=\"woocommerce-Price-currencySymbol\">&#36;</span>{price}</bdi></span>";

    public static string OnSale(string regularPrice, string salePrice) =>
        $"<del aria-hidden=\"true\">{Regular(regularPrice)}</del> <span class=\"screen-reader-text\">Original price was: &#036;{regularPrice}.</span>"
        + $"<ins aria-hidden=\"true\">{Regular(salePrice)}</ins><span class=\"screen-reader-text\">Current price is: &#036;{salePrice}.</span>";

    public static string Range(string minimum, string maximum) =>
        $"{HiddenAmount(minimum)} <span aria-hidden=\"true\">&ndash;</span> {HiddenAmount(maximum)}"
        + $"<span class=\"screen-reader-text\">Price range: &#36;{minimum} through &#36;{maximum}</span>";

    /// <summary>Prices are strings in WooCommerce; compare them as the numbers they are.</summary>
    public static decimal ToNumber(string price) =>
        decimal.TryParse(price, NumberStyles.Number, CultureInfo.InvariantCulture, out decimal value) ? value : 0m;

    private static string HiddenAmount(string price) =>
        $"<span class=\"woocommerce-Price-amount amount\" aria-hidden=\"true\"><bdi><span class=\"woocommerce-Price-currencySymbol\">&#36;</span>{price}</bdi></span>";
}
