using WooPS.FakeStore.Catalog;
using WooPS.FakeStore.Users;

namespace WooPS.FakeStore.Rest.Endpoints;

/// <summary>
/// DELETE /wp-json/wc/v3/customers/{id}: force and reassign checked first, then the permission check (an
/// unknown user is 404, then the right to delete, then the role: only customers and subscribers go),
/// then customers have no trash: without force=true 501 (capture 64e); with it the customer is deleted
/// and the answer is the customer as it was, in the edit context (64f). By then no permission check of
/// the route passes for it: no Allow header, no targetHints.
/// </summary>
internal sealed class CustomerDeleteEndpoint(StoreUsers users) : IRestEndpoint
{
    public RestResponse Handle(RestRequest request)
    {
        var reader = new ParameterReader(request.Judged.Query);
        bool force = reader.Boolean("force") ?? false;
        int reassign = System.Math.Abs(reader.Integer("reassign", 0));
        if (reader.Error is WooError invalid)
        {
            return RestResponse.Error(invalid);
        }
        if (users.Find(request.RouteId) is not Customer customer)
        {
            return RestResponse.Error(WooErrors.InvalidUserId());
        }
        if (!request.MayEditProducts)
        {
            return RestResponse.Error(WooErrors.CannotDelete(request.AuthorizationRequiredCode));
        }
        if (!CustomerJson.MayBeDeleted(customer))
        {
            return RestResponse.Error(WooErrors.CannotDeleteRole(request.AuthorizationRequiredCode, customer.Role));
        }
        if (!force)
        {
            return RestResponse.Error(WooErrors.CustomersNotTrashable());
        }
        if (reassign != 0 && (reassign == customer.Id || users.Find(reassign) is null))
        {
            return RestResponse.Error(WooErrors.InvalidReassign());
        }
        return users.Delete(customer.Id) is Customer deleted
            ? RestResponse.Ok(ResourceLinks.WithoutTargetHints(CustomerJson.Customer(deleted, request.Judged.Origin))).WithNoMethodAllowed()
            : RestResponse.Error(WooErrors.InvalidUserId());
    }
}
