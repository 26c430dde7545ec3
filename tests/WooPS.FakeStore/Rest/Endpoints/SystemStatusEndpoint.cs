using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using WooPS.FakeStore.Catalog;

namespace WooPS.FakeStore.Rest.Endpoints;

/// <summary>
/// GET|HEAD /wp-json/wc/v3/system_status: WooCommerce → Status as one object (capture 24; WC_REST_System_Status_Controller),
/// trimmed to what a report reads: environment, database (its tables left out), plugins, theme, settings,
/// security, pages, post type counts and logging, under WooCommerce's own keys. What the store knows comes from it:
/// its address (home_url, site_url), https (security.secure_connection), the price decimals it was started with
/// (settings.number_of_decimals) and how many products, variations and coupons it holds, in the trash too
/// (post_type_counts, counts as strings as MySQL returns them). The key needs to read the system status: an
/// anonymous request is woocommerce_rest_cannot_view.
/// </summary>
internal sealed class SystemStatusEndpoint(ProductCatalog catalog, StoreCoupons coupons, int priceDecimals) : IRestEndpoint
{
    public RestResponse Handle(RestRequest request)
    {
        if (!request.IsAuthenticated)
        {
            return RestResponse.Error(WooErrors.CannotList());
        }
        string origin = request.Judged.Origin;
        int variations = catalog.All().Count(item => item.IsVariation);
        return RestResponse.Ok(new JsonObject
        {
            ["environment"] = new JsonObject
            {
                ["home_url"] = origin,
                ["site_url"] = origin,
                ["store_id"] = "1b17f82f-6037-4ee6-bcd8-fb85950a090c",
                ["version"] = "10.0.2",
                ["log_directory"] = "/var/www/html/wp-content/uploads/wc-logs/",
                ["log_directory_writable"] = true,
                ["wp_version"] = "6.8.8",
                ["wp_multisite"] = false,
                ["wp_memory_limit"] = 536870912,
                ["wp_debug_mode"] = false,
                ["wp_cron"] = false,
                ["language"] = "en_US",
                ["external_object_cache"] = null,
                ["server_info"] = "nginx/1.22.1",
                ["php_version"] = "8.2.36",
                ["php_post_max_size"] = 33554432,
                ["php_max_execution_time"] = 300,
                ["php_max_input_vars"] = 1000,
                ["max_upload_size"] = 33554432,
                ["mysql_version"] = "10.11.19",
                ["mysql_version_string"] = "10.11.19-MariaDB-0+deb12u1",
                ["default_timezone"] = "UTC",
                ["mbstring_enabled"] = true,
            },
            ["database"] = new JsonObject
            {
                ["wc_database_version"] = "10.0.2",
                ["database_prefix"] = "wp_",
                ["maxmind_geoip_database"] = "",
                ["database_size"] = new JsonObject { ["data"] = 2.1, ["index"] = 2.22 },
            },
            ["active_plugins"] = new JsonArray(new JsonObject
            {
                ["plugin"] = "woocommerce/woocommerce.php",
                ["name"] = "WooCommerce",
                ["version"] = "10.0.2",
                ["version_latest"] = "10.0.2",
                ["url"] = "https://woocommerce.com/",
                ["author_name"] = "Automattic",
                ["author_url"] = "https://woocommerce.com",
                ["network_activated"] = false,
            }),
            ["inactive_plugins"] = new JsonArray(),
            ["dropins_mu_plugins"] = new JsonObject { ["dropins"] = new JsonArray(), ["mu_plugins"] = new JsonArray() },
            ["theme"] = new JsonObject
            {
                ["name"] = "Twenty Twenty-Five",
                ["version"] = "1.3",
                ["version_latest"] = 0,
                ["author_url"] = "https://wordpress.org",
                ["is_child_theme"] = false,
                ["is_block_theme"] = true,
                ["has_woocommerce_support"] = false,
                ["has_outdated_templates"] = false,
            },
            ["settings"] = new JsonObject
            {
                ["api_enabled"] = false,
                ["force_ssl"] = false,
                ["currency"] = Currencies.StoreCurrency,
                ["currency_symbol"] = Currencies.Find(Currencies.StoreCurrency)!.Symbol,
                ["currency_position"] = "left",
                ["thousand_separator"] = ",",
                ["decimal_separator"] = ".",
                ["number_of_decimals"] = priceDecimals,
                ["geolocation_enabled"] = false,
                ["woocommerce_com_connected"] = "no",
                ["enforce_approved_download_dirs"] = true,
                ["order_datastore"] = "WC_Order_Data_Store_CPT",
                ["HPOS_enabled"] = false,
                ["HPOS_sync_enabled"] = false,
                ["enabled_features"] = new JsonArray("analytics", "marketplace", "order_attribution", "site_visibility_badge", "remote_logging", "blueprint", "point_of_sale"),
            },
            ["security"] = new JsonObject { ["secure_connection"] = request.Judged.IsSsl, ["hide_errors"] = true },
            ["pages"] = new JsonArray(Page("Shop base", "5", "", ""), Page("Cart", "6", "[woocommerce_cart]", "woocommerce/cart"),
                Page("Checkout", "7", "[woocommerce_checkout]", "woocommerce/checkout"), Page("My account", "8", "[woocommerce_my_account]", "")),
            // GROUP BY post_type: in order of the type, every status counted.
            ["post_type_counts"] = new JsonArray(
                Count("attachment", 1), Count("page", 7), Count("post", 1),
                Count("product", catalog.All().Count - variations), Count("product_variation", variations), Count("shop_coupon", coupons.Count)),
            ["logging"] = new JsonObject
            {
                ["logging_enabled"] = true,
                ["default_handler"] = "Automattic\\WooCommerce\\Internal\\Admin\\Logging\\LogHandlerFileV2",
                ["retention_period_days"] = 30,
                ["level_threshold"] = "",
                ["log_directory_size"] = "0 B",
            },
        });
    }

    private static JsonObject Page(string name, string id, string shortcode, string block) => new()
    {
        ["page_name"] = name,
        ["page_id"] = id,
        ["page_set"] = true,
        ["page_exists"] = true,
        ["page_visible"] = true,
        ["shortcode"] = shortcode,
        ["block"] = block,
    };

    private static JsonObject Count(string type, int count) => new() { ["type"] = type, ["count"] = count.ToString(CultureInfo.InvariantCulture) };
}
