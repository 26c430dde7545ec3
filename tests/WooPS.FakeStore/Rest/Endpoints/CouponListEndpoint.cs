using System.Linq;
using WooPS.FakeStore.Catalog;

namespace WooPS.FakeStore.Rest.Endpoints;

/// <summary>
/// GET|HEAD /wp-json/wc/v3/coupons (captures 51, 65d, 65g, 65h, 65j): the parameters checked first, then
/// the key; paged like products (X-WP-Total, X-WP-TotalPages, Link), _fields keeping the coupon's own order.
/// </summary>
internal sealed class CouponListEndpoint(StoreCoupons coupons) : IRestEndpoint
{
    private const string Path = "/wp-json/wc/v3/coupons";

    public RestResponse Handle(RestRequest request)
    {
        (CouponParameters? parameters, WooError? invalid) = CouponParameters.Parse(request.Judged.Query);
        if (parameters is null)
        {
            return RestResponse.Error(invalid!);
        }
        if (!request.IsAuthenticated)
        {
            return RestResponse.Error(WooErrors.CannotList());
        }
        (var page, int total) = CouponSelection.Select(coupons, parameters);
        var items = page.Select(coupon => CouponJson.Coupon(coupon, request.Judged.Origin));
        return CollectionResponse.Create(request, Path, items, total, parameters.Page, parameters.PerPage, parameters.Fields);
    }
}
