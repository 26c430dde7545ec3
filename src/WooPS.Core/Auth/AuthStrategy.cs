using System.Net.Http;

namespace WooPS.Core.Auth
{
    /// <summary>One concrete way of putting the key on a request.</summary>
    internal abstract class AuthStrategy
    {
        /// <summary>What the session shows as its auth method, e.g. "OAuth1 (signed for http)".</summary>
        public abstract string Description { get; }

        /// <summary>Said in -Verbose when Auto settles on this strategy; null when there is nothing to say.</summary>
        public virtual string? Caveat => null;

        public abstract void Apply(HttpRequestMessage request, ConsumerCredential credential);

        public override string ToString() => Description;
    }
}
