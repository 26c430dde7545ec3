using WooPS.FakeStore.Users;

namespace WooPS.FakeStore.Rest.Endpoints;

/// <summary>
/// GET|HEAD /wp-json/wc/v3/customers/{id}: the context checked first, then the user (an unknown one is
/// 404 wc_user_invalid_id for anyone: the permission check looks it up first), then the key. Any user
/// is found, the administrator included.
/// </summary>
internal sealed class CustomerItemEndpoint(StoreUsers users) : IRestEndpoint
{
    public RestResponse Handle(RestRequest request)
    {
        var reader = new ParameterReader(request.Judged.Query);
        reader.Context();
        if (reader.Error is WooError invalid)
        {
            return RestResponse.Error(invalid);
        }
        if (users.Find(request.RouteId) is not Customer customer)
        {
            return RestResponse.Error(WooErrors.InvalidUserId());
        }
        if (!request.IsAuthenticated)
        {
            return RestResponse.Error(WooErrors.CannotView());
        }
        string[]? fields = request.Judged.Query["_fields"]?.Split(',');
        return RestResponse.Ok(FieldFilter.Apply(CustomerJson.Customer(customer, request.Judged.Origin), fields));
    }
}
