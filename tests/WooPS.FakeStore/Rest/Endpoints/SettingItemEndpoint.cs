using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using WooPS.FakeStore.Catalog;

namespace WooPS.FakeStore.Rest.Endpoints;

/// <summary>
/// GET|HEAD /wp-json/wc/v3/settings/{group_id}/{id}: one setting of the general group (<see cref="GeneralSettings"/>),
/// with its group_id, as WC_REST_Setting_Options_Controller::get_setting adds it; for
/// woocommerce_price_num_decimals the store's price decimals (capture 67; <see cref="FakeStoreOptions.PriceDecimals"/>).
/// The key is checked first (the route's permission callback is the list's); another group is
/// rest_setting_setting_group_invalid and an unknown setting of general rest_setting_setting_invalid, both
/// 404 (WooCommerce's source, no capture).
/// </summary>
internal sealed partial class SettingItemEndpoint(int priceDecimals) : IRestEndpoint
{
    public RestResponse Handle(RestRequest request)
    {
        if (!request.IsAuthenticated)
        {
            return RestResponse.Error(WooErrors.CannotList());
        }
        Match route = SettingRoute().Match(request.Route);
        if (!route.Groups[1].Value.Equals(GeneralSettings.Group, System.StringComparison.Ordinal))
        {
            return RestResponse.Error(WooErrors.InvalidSettingGroup());
        }
        if (GeneralSettings.Find(route.Groups[2].Value, priceDecimals) is not JsonObject setting)
        {
            return RestResponse.Error(new WooError(404, "rest_setting_setting_invalid", "Invalid setting."));
        }
        setting["group_id"] = GeneralSettings.Group;
        setting["_links"] = SettingGroupEndpoint.Links(request.Judged.Origin, (string)setting["id"]!);
        return RestResponse.Ok(setting);
    }

    [GeneratedRegex(@"^/wc/v3/settings/([^/]+)/([^/]+)$", RegexOptions.IgnoreCase)]
    private static partial Regex SettingRoute();
}
