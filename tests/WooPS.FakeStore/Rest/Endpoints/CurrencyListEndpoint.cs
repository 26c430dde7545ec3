using System.Linq;
using System.Text.Json.Nodes;
using WooPS.FakeStore.Catalog;

namespace WooPS.FakeStore.Rest.Endpoints;

/// <summary>
/// GET|HEAD /wp-json/wc/v3/data/currencies: every currency at once, in WooCommerce's order, each as its own route
/// shows it (capture 59), with no paging headers (WC_REST_Data_Currencies_Controller::get_items). The key needs
/// to read settings: an anonymous request is woocommerce_rest_cannot_view.
/// </summary>
internal sealed class CurrencyListEndpoint : IRestEndpoint
{
    public RestResponse Handle(RestRequest request) =>
        request.IsAuthenticated
            ? RestResponse.Ok(new JsonArray(Currencies.All.Select(currency => (JsonNode?)currency.ToJson(request.Judged.Origin)).ToArray()))
            : RestResponse.Error(WooErrors.CannotList());
}
