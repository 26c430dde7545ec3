using System;
using System.IO;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using WooPS.FakeStore.Auth;

namespace WooPS.FakeStore.Rest;

/// <summary>
/// The REST server's request flow: WooCommerce authentication (only for /wp-json/wc… URIs), the
/// key's permission check (rest_pre_dispatch, before routing), then the route, a JSON body that does
/// not parse (rest_invalid_json, for any route), and the endpoint;
/// the answer goes out as the host's PHP sends it.
/// </summary>
internal sealed class RestApi(WooAuthenticator authenticator, RestRouter router, FakeStoreModes modes)
{
    /// <param name="route">The REST route asked for, e.g. "/wc/v3/products/" (from /wp-json/… or ?rest_route=…).</param>
    public async Task HandleAsync(HttpContext context, JudgedRequest judged, string route)
    {
        AuthenticationResult auth = IsRequestToWooApi(judged) ? authenticator.Authenticate(judged) : AuthenticationResult.Anonymous;
        string normalizedRoute = route.Length <= 1 ? "/" : route.TrimEnd('/');
        RestResponse response = await RespondAsync(context, judged, auth, normalizedRoute);
        PhpOutput output = PhpOutput.For(modes, judged.Method, normalizedRoute, response.Status);
        await RestResponseWriter.WriteAsync(context, judged.RestRoot, response, loggedIn: auth.Key is not null, output);
    }

    private async Task<RestResponse> RespondAsync(HttpContext context, JudgedRequest judged, AuthenticationResult auth, string normalizedRoute)
    {
        if (auth.Error is not null)
        {
            return RestResponse.Error(auth.Error);
        }
        if (auth.Key is not null && KeyPermissionCheck.Check(auth.Key, judged.Method) is WooError denied)
        {
            return RestResponse.Error(denied);
        }
        if (router.Match(normalizedRoute, judged.Method) is not var (matched, endpoint, id, parentId))
        {
            return RestResponse.Error(WooErrors.NoRoute());
        }
        string body = await new StreamReader(context.Request.Body).ReadToEndAsync(context.RequestAborted);
        var request = new RestRequest(judged, auth.Key, id, parentId, body, context.Request.ContentType, modes, normalizedRoute);
        // WP_REST_Request::has_valid_params parses a JSON body first, whatever the route and method (capture 35c).
        RestResponse response = request.ParseJsonBody().Error is WooError invalidJson
            ? RestResponse.Error(invalidJson)
            : endpoint.Handle(request);
        return response.AllowsNoMethod ? response : response.WithHeader("Allow", matched.Allow);
    }

    /// <summary>
    /// WooCommerce's is_request_to_rest_api: the raw path mentions wp-json/wc/ or wp-json/wc-.
    /// A /?rest_route=/wc/… request never does, so key authentication never runs there (captures 25b–25d).
    /// </summary>
    private static bool IsRequestToWooApi(JudgedRequest judged)
    {
        string uri = judged.RawPath;
        return uri.Contains("wp-json/wc/", StringComparison.Ordinal) || uri.Contains("wp-json/wc-", StringComparison.Ordinal);
    }
}
