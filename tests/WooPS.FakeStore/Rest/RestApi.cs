using System;
using System.IO;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using WooPS.FakeStore.Auth;

namespace WooPS.FakeStore.Rest;

/// <summary>
/// The REST server's request flow: WooCommerce authentication (only for /wp-json/wc… URIs), the
/// key's permission check (rest_pre_dispatch, before routing), then the route and its endpoint.
/// </summary>
internal sealed class RestApi(FakeStoreModes modes, WooAuthenticator authenticator, RestRouter router)
{
    private const string Prefix = "/wp-json";

    public async Task HandleAsync(HttpContext context)
    {
        string path = context.Request.Path.Value ?? "";
        if (!path.Equals(Prefix, StringComparison.OrdinalIgnoreCase) && !path.StartsWith(Prefix + "/", StringComparison.OrdinalIgnoreCase))
        {
            await NotFoundPage.WriteAsync(context);
            return;
        }
        JudgedRequest judged = JudgedRequest.From(context, modes);
        AuthenticationResult auth = IsRequestToWooApi(judged) ? authenticator.Authenticate(judged) : AuthenticationResult.Anonymous;
        RestResponse response = await RespondAsync(context, judged, auth, path[Prefix.Length..]);
        await RestResponseWriter.WriteAsync(context, judged.Origin, response, loggedIn: auth.Key is not null);
    }

    private async Task<RestResponse> RespondAsync(HttpContext context, JudgedRequest judged, AuthenticationResult auth, string route)
    {
        if (auth.Error is not null)
        {
            return RestResponse.Error(auth.Error);
        }
        if (auth.Key is not null && KeyPermissionCheck.Check(auth.Key, judged.Method) is WooError denied)
        {
            return RestResponse.Error(denied);
        }
        string normalizedRoute = route.Length <= 1 ? "/" : route.TrimEnd('/');
        if (router.Match(normalizedRoute, judged.Method) is not var (matched, id))
        {
            return RestResponse.Error(WooErrors.NoRoute());
        }
        string body = await new StreamReader(context.Request.Body).ReadToEndAsync(context.RequestAborted);
        var request = new RestRequest(judged, auth.Key, id, body, context.Request.ContentType);
        return matched.Endpoint.Handle(request).WithHeader("Allow", matched.Allow);
    }

    /// <summary>WooCommerce's is_request_to_rest_api: the raw path mentions wp-json/wc/ or wp-json/wc-.</summary>
    private static bool IsRequestToWooApi(JudgedRequest judged)
    {
        string uri = judged.RawPath;
        return uri.Contains("wp-json/wc/", StringComparison.Ordinal) || uri.Contains("wp-json/wc-", StringComparison.Ordinal);
    }
}
