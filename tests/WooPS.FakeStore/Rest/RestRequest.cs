using System;
using System.Text.Json;
using System.Text.Json.Nodes;
using WooPS.FakeStore.Auth;

namespace WooPS.FakeStore.Rest;

/// <summary>A routed REST request: how it is judged, who sent it, and the route's id values.</summary>
/// <param name="RouteId">The route's (?P&lt;id&gt;) value, 0 when it has none.</param>
/// <param name="ParentId">The route's parent id (attribute_id of terms, product_id of variations), 0 when it has none.</param>
/// <param name="Modes">How the host and its plugins misbehave, read as the answer is made.</param>
/// <param name="Route">The REST route asked for, normalized ("/wc/v3/settings/general/woocommerce_price_num_decimals"), for routes whose placeholders are not numbers.</param>
internal sealed record RestRequest(
    JudgedRequest Judged,
    FakeKey? Key,
    long RouteId,
    long ParentId,
    string Body,
    string? ContentType,
    FakeStoreModes Modes,
    string Route)
{
    public bool IsAuthenticated => Key is not null;

    /// <summary>Whether the key's user has edit_products, which creating, editing and deleting products need.</summary>
    public bool MayEditProducts => Key is { UserCanEditProducts: true };

    /// <summary>
    /// WordPress's rest_authorization_required_code(): a permission callback's refusal is 401 for
    /// an anonymous request and 403 for a logged-in user.
    /// </summary>
    public int AuthorizationRequiredCode => IsAuthenticated ? 403 : 401;

    /// <summary>
    /// The body's JSON object, null when there is none. WordPress parses the body only when it is
    /// sent as JSON; a broken one is rest_invalid_json (capture 35c).
    /// </summary>
    public (JsonObject? Body, WooError? Error) ParseJsonBody()
    {
        bool isJson = ContentType is string type
            && (type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) || type.Split(';')[0].Trim().EndsWith("+json", StringComparison.OrdinalIgnoreCase));
        if (!isJson || string.IsNullOrWhiteSpace(Body))
        {
            return (null, null);
        }
        try
        {
            return (JsonNode.Parse(Body) as JsonObject, null);
        }
        catch (JsonException)
        {
            return (null, WooErrors.InvalidJson());
        }
    }
}
