using WooPS.FakeStore.Catalog;

namespace WooPS.FakeStore.Rest.Endpoints;

/// <summary>
/// GET|HEAD /wp-json/wc/v3/coupons/{id}: the context checked first (view and edit read the same), then
/// the id (404 for anyone, as the permission callback only refuses an existing coupon), then the key. A
/// coupon in the trash is still found.
/// </summary>
internal sealed class CouponItemEndpoint(StoreCoupons coupons) : IRestEndpoint
{
    public RestResponse Handle(RestRequest request)
    {
        var reader = new ParameterReader(request.Judged.Query);
        reader.Context();
        if (reader.Error is WooError invalid)
        {
            return RestResponse.Error(invalid);
        }
        if (coupons.Find(request.RouteId) is not Coupon coupon)
        {
            return RestResponse.Error(WooErrors.InvalidCouponId());
        }
        if (!request.IsAuthenticated)
        {
            return RestResponse.Error(WooErrors.CannotView());
        }
        string[]? fields = request.Judged.Query["_fields"]?.Split(',');
        return RestResponse.Ok(FieldFilter.Apply(CouponJson.Coupon(coupon, request.Judged.Origin), fields));
    }
}
