using System.Text.Json.Nodes;
using WooPS.FakeStore.Catalog;

namespace WooPS.FakeStore.Rest.Endpoints;

/// <summary>
/// POST /wp-json/wc/v3/coupons (captures 65, 65b, 65i): the body checked against the coupon schema, code
/// required (an unknown discount_type is rest_invalid_param here, where a batch item gets the setter's
/// error), then the user's right to create (a key whose user may not edit products is taken to lack
/// edit_shop_coupons too), then <see cref="CouponWriter"/>. 201 with Location and the coupon.
/// </summary>
internal sealed class CouponCreateEndpoint(CouponWriter writer) : IRestEndpoint
{
    private static readonly BodySchema Schema = BodySchema.Coupon.Requiring("code");

    public RestResponse Handle(RestRequest request)
    {
        (JsonObject? fields, WooError? invalid) = Schema.Check(request);
        if (fields is null)
        {
            return RestResponse.Error(invalid!);
        }
        if (!request.MayEditProducts)
        {
            return RestResponse.Error(WooErrors.CannotCreate(request.AuthorizationRequiredCode));
        }
        (Coupon? created, WooError? refused) = writer.Create(fields);
        return created is null
            ? RestResponse.Error(refused!)
            : RestResponse.Created(CouponJson.Coupon(created, request.Judged.Origin), $"{request.Judged.RestRoot}/wc/v3/coupons/{created.Id}");
    }
}
