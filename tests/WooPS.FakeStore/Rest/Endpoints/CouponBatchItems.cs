using System.Text.Json.Nodes;
using WooPS.FakeStore.Catalog;

namespace WooPS.FakeStore.Rest.Endpoints;

/// <summary>
/// The items of /wp-json/wc/v3/coupons/batch (captures 51b, 65c, 65k): no schema check, so an unknown
/// discount_type fails in its setter (coupon_invalid_discount_type) and a taken code as a single create
/// does, each alone; deletes are for good, a coupon in the trash included, an unknown id 404.
/// </summary>
internal sealed class CouponBatchItems(StoreCoupons coupons, CouponWriter writer) : IBatchItems
{
    public WooError? Refusal(RestRequest request) =>
        request.MayEditProducts ? null : WooErrors.CannotBatch(request.AuthorizationRequiredCode);

    public (JsonNode? Item, WooError? Error) Create(RestRequest request, JsonObject fields)
    {
        (Coupon? created, WooError? error) = writer.Create(fields);
        return (created is null ? null : CouponJson.Coupon(created, request.Judged.Origin), error);
    }

    public (JsonNode? Item, WooError? Error) Update(RestRequest request, long id, JsonObject fields)
    {
        (Coupon? updated, WooError? error) = writer.Update(id, fields);
        return (updated is null ? null : CouponJson.Coupon(updated, request.Judged.Origin), error);
    }

    public (JsonNode? Item, WooError? Error) Delete(RestRequest request, long id) =>
        coupons.Delete(id) is Coupon deleted
            ? (CouponJson.Coupon(deleted, request.Judged.Origin), null)
            : (null, WooErrors.InvalidCouponId());
}
