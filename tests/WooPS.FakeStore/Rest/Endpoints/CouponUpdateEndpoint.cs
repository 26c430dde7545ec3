using System.Text.Json.Nodes;
using WooPS.FakeStore.Catalog;

namespace WooPS.FakeStore.Rest.Endpoints;

/// <summary>
/// POST|PUT|PATCH /wp-json/wc/v3/coupons/{id} (capture 65e): the body checked against the coupon schema
/// ("amount":"abc" is a string, so it passes and becomes 0.00), then the user's right to edit (asked only
/// of a coupon that exists), then update_item: an unknown id is 400. 200 with the coupon.
/// </summary>
internal sealed class CouponUpdateEndpoint(StoreCoupons coupons, CouponWriter writer) : IRestEndpoint
{
    public RestResponse Handle(RestRequest request)
    {
        (JsonObject? fields, WooError? invalid) = BodySchema.Coupon.Check(request);
        if (fields is null)
        {
            return RestResponse.Error(invalid!);
        }
        if (coupons.Find(request.RouteId) is not null && !request.MayEditProducts)
        {
            return RestResponse.Error(WooErrors.CannotEdit(request.AuthorizationRequiredCode));
        }
        (Coupon? updated, WooError? refused) = writer.Update(request.RouteId, fields);
        return updated is null ? RestResponse.Error(refused!) : RestResponse.Ok(CouponJson.Coupon(updated, request.Judged.Origin));
    }
}
