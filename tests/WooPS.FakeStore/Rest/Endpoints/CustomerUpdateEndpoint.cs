using System.Text.Json.Nodes;
using WooPS.FakeStore.Catalog;
using WooPS.FakeStore.Users;

namespace WooPS.FakeStore.Rest.Endpoints;

/// <summary>
/// POST|PUT|PATCH /wp-json/wc/v3/customers/{id}: the body checked against the customer schema, then the
/// permission check (an unknown user is 404 wc_user_invalid_id, then the right to edit, then for a user
/// whose role the route may not delete, the administrator, no new e-mail and no password), then
/// <see cref="CustomerWriter"/>. 200 with the customer.
/// </summary>
internal sealed class CustomerUpdateEndpoint(StoreUsers users, CustomerWriter writer) : IRestEndpoint
{
    public RestResponse Handle(RestRequest request)
    {
        (JsonObject? fields, WooError? invalid) = BodySchema.Customer.Check(request);
        if (fields is null)
        {
            return RestResponse.Error(invalid!);
        }
        if (users.Find(request.RouteId) is not Customer customer)
        {
            return RestResponse.Error(WooErrors.InvalidUserId());
        }
        if (!request.MayEditProducts)
        {
            return RestResponse.Error(WooErrors.CannotEdit(request.AuthorizationRequiredCode));
        }
        if (!CustomerJson.MayBeDeleted(customer))
        {
            if (BodyFields.Text(fields, "email") is string email && email != customer.Email)
            {
                return RestResponse.Error(WooErrors.CannotEditPropertyOfRole(request.AuthorizationRequiredCode, "email", customer.Role));
            }
            if (fields["password"] is not null)
            {
                return RestResponse.Error(WooErrors.CannotEditPropertyOfRole(request.AuthorizationRequiredCode, "password", customer.Role));
            }
        }
        (Customer? updated, WooError? refused) = writer.Update(request.RouteId, fields);
        return updated is null ? RestResponse.Error(refused!) : RestResponse.Ok(CustomerJson.Customer(updated, request.Judged.Origin));
    }
}
