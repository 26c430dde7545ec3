using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using WooPS.FakeStore.Catalog;

namespace WooPS.FakeStore.Rest.Endpoints;

/// <summary>
/// GET|HEAD /wp-json/wc/v3/settings/{group_id}/{id}, for the one setting this store keeps: general's
/// woocommerce_price_num_decimals, the store's price decimals (capture 67; <see cref="FakeStoreOptions.PriceDecimals"/>).
/// The key is checked first (the route's permission callback is the list's); another group is
/// rest_setting_setting_group_invalid and another setting of general rest_setting_setting_invalid, both
/// 404 (WooCommerce's source, no capture; the real general group has more settings than this store).
/// </summary>
internal sealed partial class SettingItemEndpoint(int priceDecimals) : IRestEndpoint
{
    private const string Group = "general";
    private const string PriceDecimals = "woocommerce_price_num_decimals";
    private const string Description = "This sets the number of decimal points shown in displayed prices.";

    public RestResponse Handle(RestRequest request)
    {
        if (!request.IsAuthenticated)
        {
            return RestResponse.Error(WooErrors.CannotList());
        }
        Match route = SettingRoute().Match(request.Route);
        if (!route.Groups[1].Value.Equals(Group, System.StringComparison.Ordinal))
        {
            return RestResponse.Error(new WooError(404, "rest_setting_setting_group_invalid", "Invalid setting group."));
        }
        if (!route.Groups[2].Value.Equals(PriceDecimals, System.StringComparison.Ordinal))
        {
            return RestResponse.Error(new WooError(404, "rest_setting_setting_invalid", "Invalid setting."));
        }
        string origin = request.Judged.Origin;
        string collection = $"{origin}/wp-json/wc/v3/settings/{Group}";
        JsonObject links = ResourceLinks.Create($"{collection}/{PriceDecimals}", collection, up: null);
        // The setting route allows no DELETE.
        (links["self"]![0]!["targetHints"]!["allow"] as JsonArray)!.RemoveAt(4);
        return RestResponse.Ok(new JsonObject
        {
            ["id"] = PriceDecimals,
            ["label"] = "Number of decimals",
            ["description"] = Description,
            ["type"] = "number",
            ["default"] = "2",
            ["tip"] = Description,
            ["value"] = priceDecimals.ToString(CultureInfo.InvariantCulture),
            ["group_id"] = Group,
            ["_links"] = links,
        });
    }

    [GeneratedRegex(@"^/wc/v3/settings/([^/]+)/([^/]+)$", RegexOptions.IgnoreCase)]
    private static partial Regex SettingRoute();
}
