namespace WooPS.FakeStore;

/// <summary>Misbehaving hosts the store can imitate; tests may flip these at any time.</summary>
public sealed class FakeStoreModes
{
    private volatile bool _stripAuthorization;
    private volatile bool _tlsTerminatingProxy;

    /// <summary>The host drops the Authorization header before PHP sees it (captures 41–43).</summary>
    public bool StripAuthorization
    {
        get => _stripAuthorization;
        set => _stripAuthorization = value;
    }

    /// <summary>
    /// A TLS-terminating proxy fronts the plain-http site: https requests are judged as http and
    /// WordPress believes it serves http://host:httpsport (captures 44–46).
    /// </summary>
    public bool TlsTerminatingProxy
    {
        get => _tlsTerminatingProxy;
        set => _tlsTerminatingProxy = value;
    }
}
