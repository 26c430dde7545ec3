using System.Linq;
using WooPS.FakeStore.Users;

namespace WooPS.FakeStore.Rest.Endpoints;

/// <summary>
/// GET|HEAD /wp-json/wc/v3/customers (captures 28, 50–50c, 64d, 64g): the parameters checked first, then
/// the key; paged like products (X-WP-Total, X-WP-TotalPages, Link).
/// </summary>
internal sealed class CustomerListEndpoint(StoreUsers users) : IRestEndpoint
{
    private const string Path = "/wp-json/wc/v3/customers";

    public RestResponse Handle(RestRequest request)
    {
        (CustomerParameters? parameters, WooError? invalid) = CustomerParameters.Parse(request.Judged.Query);
        if (parameters is null)
        {
            return RestResponse.Error(invalid!);
        }
        if (!request.IsAuthenticated)
        {
            return RestResponse.Error(WooErrors.CannotList());
        }
        (var page, int total) = CustomerSelection.Select(users, parameters);
        var items = page.Select(customer => CustomerJson.Customer(customer, request.Judged.Origin));
        return CollectionResponse.Create(request, Path, items, total, parameters.LinkPage, parameters.PerPage, parameters.Fields);
    }
}
