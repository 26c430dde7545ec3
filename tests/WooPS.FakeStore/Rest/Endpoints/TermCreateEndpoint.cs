using System.Text.Json.Nodes;
using WooPS.FakeStore.Catalog;

namespace WooPS.FakeStore.Rest.Endpoints;

/// <summary>
/// POST /wp-json/wc/v3/products/categories or products/tags (capture 57): the body checked against the
/// taxonomy's schema, its name required, then the user's right to create, then wp_insert_term's own
/// checks (<see cref="TermWriter"/>); 201 with the term's address in Location and the term.
/// </summary>
internal sealed class TermCreateEndpoint(TermTaxonomy taxonomy, BodySchema schema, TermWriter writer, ProductCatalog catalog) : IRestEndpoint
{
    private readonly BodySchema _schema = schema.Requiring("name");

    public RestResponse Handle(RestRequest request)
    {
        (JsonObject? fields, WooError? invalid) = _schema.Check(request);
        if (fields is null)
        {
            return RestResponse.Error(invalid!);
        }
        if (!request.MayEditProducts)
        {
            return RestResponse.Error(WooErrors.CannotCreate(request.AuthorizationRequiredCode));
        }
        (Term? created, WooError? refused) = writer.Create(taxonomy, fields);
        return created is null
            ? RestResponse.Error(refused!)
            : RestResponse.Created(taxonomy.Json(created, TermCounts.Of(catalog), request.Judged.Origin),
                $"{request.Judged.RestRoot}/wc/v3/{taxonomy.RestBase}/{created.Id}");
    }
}
