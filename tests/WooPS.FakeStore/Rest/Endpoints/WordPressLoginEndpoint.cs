namespace WooPS.FakeStore.Rest.Endpoints;

/// <summary>
/// WordPress's own routes that need a logged-in user, as a WooCommerce key meets them: WooCommerce authenticates
/// its keys only where the address holds wp-json/wc/ or wp-json/wc- (WC_REST_Authentication::is_request_to_rest_api),
/// so on /wp/v2 the request is anonymous and the route's permission check refuses it with 401:
/// GET /wp/v2/users/me rest_not_logged_in "You are not currently logged in." (capture 67f;
/// WP_REST_Users_Controller::get_current_item), GET /wp/v2/settings rest_forbidden "Sorry, you are not allowed to
/// do that." (WP_REST_Settings_Controller::get_item_permissions_check, which asks for manage_options). The Allow
/// header lists the methods whose permission checks pass: GET alone for users/me, whose GET checks nothing itself
/// (capture 67f), none for settings.
/// </summary>
internal sealed class WordPressLoginEndpoint(string code, string message, bool allowsNoMethod) : IRestEndpoint
{
    public static WordPressLoginEndpoint CurrentUser() => new("rest_not_logged_in", "You are not currently logged in.", allowsNoMethod: false);

    public static WordPressLoginEndpoint Settings() => new("rest_forbidden", "Sorry, you are not allowed to do that.", allowsNoMethod: true);

    public RestResponse Handle(RestRequest request)
    {
        RestResponse refused = RestResponse.Error(new WooError(401, code, message));
        return allowsNoMethod ? refused.WithNoMethodAllowed() : refused;
    }
}
