using WooPS.FakeStore.Rest;

namespace WooPS.FakeStore.Auth;

/// <summary>
/// What WC_REST_Authentication decided: the authenticated key (null for anonymous) and the
/// error it reported, if any. An error always wins, even when a later method authenticated.
/// </summary>
internal sealed record AuthenticationResult(FakeKey? Key, WooError? Error)
{
    public static readonly AuthenticationResult Anonymous = new(null, null);
}
