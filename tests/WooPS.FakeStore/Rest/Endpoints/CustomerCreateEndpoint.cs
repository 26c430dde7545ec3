using System.Text.Json.Nodes;
using WooPS.FakeStore.Users;

namespace WooPS.FakeStore.Rest.Endpoints;

/// <summary>
/// POST /wp-json/wc/v3/customers (captures 64, 64b): the body checked against the customer schema, email
/// required and with the email format, then the user's right to create users (a key whose user may not
/// edit products is taken to lack it too), then <see cref="CustomerWriter"/>. 201 with Location and the
/// customer.
/// </summary>
internal sealed class CustomerCreateEndpoint(CustomerWriter writer) : IRestEndpoint
{
    private static readonly BodySchema Schema = BodySchema.Customer.Requiring("email");

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
        (Customer? created, WooError? refused) = writer.Create(fields);
        return created is null
            ? RestResponse.Error(refused!)
            : RestResponse.Created(CustomerJson.Customer(created, request.Judged.Origin), $"{request.Judged.RestRoot}/wc/v3/customers/{created.Id}");
    }
}
