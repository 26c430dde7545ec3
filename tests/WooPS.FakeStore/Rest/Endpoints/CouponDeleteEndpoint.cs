using WooPS.FakeStore.Catalog;

namespace WooPS.FakeStore.Rest.Endpoints;

/// <summary>
/// DELETE /wp-json/wc/v3/coupons/{id}: without force=true the coupon goes to the trash and the answer is
/// the coupon as it was (captures 51c, 65f), a second time 410 "The shop_coupon has already been deleted."
/// (51d); with force=true it is deleted for good (51e). An unknown id is 404 for anyone; the right to
/// delete is asked only of a coupon that exists.
/// </summary>
internal sealed class CouponDeleteEndpoint(StoreCoupons coupons) : IRestEndpoint
{
    public RestResponse Handle(RestRequest request)
    {
        var reader = new ParameterReader(request.Judged.Query);
        bool force = reader.Boolean("force") ?? false;
        if (reader.Error is WooError invalid)
        {
            return RestResponse.Error(invalid);
        }
        if (coupons.Find(request.RouteId) is null)
        {
            return RestResponse.Error(WooErrors.InvalidCouponId());
        }
        if (!request.MayEditProducts)
        {
            return RestResponse.Error(WooErrors.CannotDelete(request.AuthorizationRequiredCode));
        }
        string origin = request.Judged.Origin;
        if (force)
        {
            return coupons.Delete(request.RouteId) is Coupon deleted
                ? RestResponse.Ok(CouponJson.Coupon(deleted, origin))
                : RestResponse.Error(WooErrors.InvalidCouponId());
        }
        return coupons.Trash(request.RouteId) switch
        {
            null => RestResponse.Error(WooErrors.InvalidCouponId()),
            (_, WasInTrash: true) => RestResponse.Error(WooErrors.AlreadyTrashed("shop_coupon")),
            var (before, _) => RestResponse.Ok(CouponJson.Coupon(before, origin)),
        };
    }
}
