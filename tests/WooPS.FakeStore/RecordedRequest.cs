using System.Collections.Generic;

namespace WooPS.FakeStore;

/// <summary>One request the store received, with the status it answered.</summary>
/// <param name="PathAndQuery">The request target exactly as sent (still percent-encoded).</param>
public sealed record RecordedRequest(
    string Method,
    string Scheme,
    string Host,
    string PathAndQuery,
    IReadOnlyDictionary<string, string> Headers,
    string Body,
    int Status);
