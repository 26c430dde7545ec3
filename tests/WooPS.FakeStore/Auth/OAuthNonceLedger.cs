using System;
using System.Collections.Generic;
using WooPS.FakeStore.Rest;

namespace WooPS.FakeStore.Auth;

/// <summary>
/// WooCommerce's check_oauth_timestamp_and_nonce. Like the real store it remembers one nonce per
/// timestamp per key (nonces[timestamp] = nonce), so a later request with the same timestamp makes
/// the store forget the earlier nonce. Thread-safe.
/// </summary>
internal sealed class OAuthNonceLedger
{
    private static readonly long WindowSeconds = (long)TimeSpan.FromMinutes(15).TotalSeconds;

    private readonly Dictionary<string, Dictionary<long, string>> _noncesByKey = new(StringComparer.Ordinal);
    private readonly TimeProvider _clock;

    public OAuthNonceLedger(TimeProvider clock) => _clock = clock;

    /// <summary>Null when the timestamp is fresh and the nonce unused (and records it), else the error.</summary>
    public WooError? Accept(string consumerKey, string timestamp, string nonce)
    {
        long now = _clock.GetUtcNow().ToUnixTimeSeconds();
        if (!long.TryParse(timestamp, out long seconds) || seconds < now - WindowSeconds || seconds > now + WindowSeconds)
        {
            return WooErrors.AuthenticationError("Invalid timestamp.");
        }
        lock (_noncesByKey)
        {
            if (!_noncesByKey.TryGetValue(consumerKey, out Dictionary<long, string>? used))
            {
                used = [];
                _noncesByKey[consumerKey] = used;
            }
            if (used.ContainsValue(nonce))
            {
                return WooErrors.AuthenticationError("Invalid nonce - nonce has already been used.");
            }
            used[seconds] = nonce;
            foreach (long expired in new List<long>(used.Keys))
            {
                if (expired < now - WindowSeconds)
                {
                    used.Remove(expired);
                }
            }
        }
        return null;
    }
}
