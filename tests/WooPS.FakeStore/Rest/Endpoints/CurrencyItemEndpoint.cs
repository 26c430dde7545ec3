using WooPS.FakeStore.Catalog;

namespace WooPS.FakeStore.Rest.Endpoints;

/// <summary>
/// GET|HEAD /wp-json/wc/v3/data/currencies/{currency} (any case: the route upper-cases the code) and
/// /wp-json/wc/v3/data/currencies/current (the store's currency): code, name, symbol as an HTML entity, links
/// (capture 59). A code WooCommerce does not know is woocommerce_rest_data_invalid_currency, 404
/// (WC_REST_Data_Currencies_Controller::get_item); one that is not three characters matches no route.
/// </summary>
internal sealed class CurrencyItemEndpoint(bool current) : IRestEndpoint
{
    public RestResponse Handle(RestRequest request)
    {
        if (!request.IsAuthenticated)
        {
            return RestResponse.Error(WooErrors.CannotView());
        }
        string code = current ? Currencies.StoreCurrency : request.Route[(request.Route.LastIndexOf('/') + 1)..];
        return Currencies.Find(code) is Currencies.Currency currency
            ? RestResponse.Ok(currency.ToJson(request.Judged.Origin))
            : RestResponse.Error(new WooError(404, "woocommerce_rest_data_invalid_currency", "There are no currencies matching these parameters."));
    }
}
