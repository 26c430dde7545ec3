namespace WooPS.Core.Auth
{
    /// <summary>What Auto's negotiation makes of an answer (see <see cref="AuthAnswers.VerdictOf"/>).</summary>
    internal enum AuthVerdict
    {
        /// <summary>The key was recognised: a success, or an answer only an authenticated caller gets (its permission, its user's capability).</summary>
        Accepted,
        /// <summary>Says nothing about the credentials (a redirect, a missing object, a busy or broken server): WooCommerce answers these to anyone.</summary>
        Inconclusive,
        /// <summary>Answered as if no credentials arrived: an unknown key, or a host that lost them on the way.</summary>
        Anonymous,
        /// <summary>The OAuth signature did not match: a wrong secret, or signed for another address than WordPress believes it serves.</summary>
        SignatureRejected,
        /// <summary>A definite no about these credentials (wrong secret, unknown key over OAuth, clock, nonce).</summary>
        Rejected,
    }
}
