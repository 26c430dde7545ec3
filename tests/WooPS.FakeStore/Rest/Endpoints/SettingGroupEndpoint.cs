using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using WooPS.FakeStore.Catalog;

namespace WooPS.FakeStore.Rest.Endpoints;

/// <summary>
/// GET|HEAD /wp-json/wc/v3/settings/{group_id}: every setting of the group, without paging (no X-WP-Total, no
/// X-WP-TotalPages), each as the setting's own route shows it but without group_id and with its links
/// (WC_REST_Setting_Options_Controller::get_items). Only the general group is kept here (<see cref="GeneralSettings"/>);
/// another is rest_setting_setting_group_invalid, 404. The key is checked first: an anonymous request is
/// woocommerce_rest_cannot_view (wc_rest_check_manager_permissions('settings', 'read')).
/// </summary>
internal sealed partial class SettingGroupEndpoint(int priceDecimals) : IRestEndpoint
{
    public RestResponse Handle(RestRequest request)
    {
        if (!request.IsAuthenticated)
        {
            return RestResponse.Error(WooErrors.CannotList());
        }
        if (!GroupRoute().Match(request.Route).Groups[1].Value.Equals(GeneralSettings.Group, System.StringComparison.Ordinal))
        {
            return RestResponse.Error(WooErrors.InvalidSettingGroup());
        }
        string origin = request.Judged.Origin;
        var settings = new JsonArray(GeneralSettings.All(priceDecimals).Select(setting =>
        {
            setting["_links"] = Links(origin, (string)setting["id"]!);
            return (JsonNode?)setting;
        }).ToArray());
        return RestResponse.Ok(settings);
    }

    /// <summary>A setting's links: self (the setting route allows no DELETE) and its group as collection.</summary>
    public static JsonObject Links(string origin, string id)
    {
        string collection = $"{origin}/wp-json/wc/v3/settings/{GeneralSettings.Group}";
        JsonObject links = ResourceLinks.Create($"{collection}/{id}", collection, up: null);
        (links["self"]![0]!["targetHints"]!["allow"] as JsonArray)!.RemoveAt(4);
        return links;
    }

    [GeneratedRegex(@"^/wc/v3/settings/([^/]+)$", RegexOptions.IgnoreCase)]
    private static partial Regex GroupRoute();
}
