using System.Collections.Generic;
using WooPS.FakeStore.Php;
using WooPS.FakeStore.Rest;

namespace WooPS.FakeStore.Auth;

/// <summary>
/// WooCommerce 10's WC_REST_Authentication::authenticate: Basic (or query-string keys) over SSL
/// first, then OAuth 1.0a one-legged. Errors are sticky: once set, the request fails with it.
/// </summary>
internal sealed class WooAuthenticator
{
    private readonly FakeStoreKeys _keys;
    private readonly OAuthNonceLedger _nonces;

    public WooAuthenticator(FakeStoreKeys keys, OAuthNonceLedger nonces)
    {
        _keys = keys;
        _nonces = nonces;
    }

    public AuthenticationResult Authenticate(JudgedRequest request)
    {
        WooError? basicError = null;
        if (request.IsSsl)
        {
            (FakeKey? basicKey, basicError) = AuthenticateBasic(request);
            if (basicKey is not null)
            {
                return new AuthenticationResult(basicKey, null);
            }
        }
        (FakeKey? oauthKey, WooError? oauthError) = AuthenticateOAuth(request);
        // Like set_error(), a later OAuth error replaces the Basic one; a Basic error survives a later OAuth success.
        WooError? error = oauthError ?? basicError;
        return error is null ? new AuthenticationResult(oauthKey, null) : new AuthenticationResult(null, error);
    }

    private (FakeKey? Key, WooError? Error) AuthenticateBasic(JudgedRequest request)
    {
        if (BasicAuthentication.FindCredentials(request) is not var (consumerKey, consumerSecret))
        {
            return (null, null);
        }
        // An unknown key is not an error here: the request falls through to OAuth.
        FakeKey? key = _keys.Find(consumerKey);
        if (key is null)
        {
            return (null, null);
        }
        return PhpHash.HashEquals(key.Secret, consumerSecret)
            ? (key, null)
            : (null, WooErrors.AuthenticationError("Consumer secret is invalid."));
    }

    private (FakeKey? Key, WooError? Error) AuthenticateOAuth(JudgedRequest request)
    {
        (Dictionary<string, string>? parameters, WooError? missing) = OAuthParameterReader.Read(request);
        if (parameters is null)
        {
            return (null, missing);
        }
        FakeKey? key = _keys.Find(parameters["oauth_consumer_key"]);
        if (key is null)
        {
            return (null, WooErrors.AuthenticationError("Consumer key is invalid."));
        }
        WooError? error = CheckSignature(request, key, parameters)
            ?? _nonces.Accept(key.Key, parameters["oauth_timestamp"], parameters["oauth_nonce"]);
        return error is null ? (key, null) : (null, error);
    }

    private static WooError? CheckSignature(JudgedRequest request, FakeKey key, Dictionary<string, string> parameters)
    {
        // The base URI is the address WordPress believes it serves, plus the path as sent.
        string baseUri = request.Origin + request.RawPath;
        string stringToSign = OAuthSignature.StringToSign(request.Method, baseUri, parameters);
        string? expected = OAuthSignature.Compute(parameters["oauth_signature_method"], key.Secret, stringToSign);
        if (expected is null)
        {
            return WooErrors.AuthenticationError("Invalid signature - signature method is invalid.");
        }
        string provided = PhpUrlEncoding.RawUrlDecode(parameters["oauth_signature"].Replace(' ', '+'));
        return PhpHash.HashEquals(expected, provided)
            ? null
            : WooErrors.AuthenticationError("Invalid signature - provided signature does not match.");
    }
}
