using System.Collections.Generic;

namespace WooPS.Core.Auth
{
    /// <summary>A session's credential, the strategies it may use, and the one that proved to work.</summary>
    internal sealed class AuthState
    {
        private volatile AuthStrategy? _settled;

        public AuthState(ConsumerCredential credential, IReadOnlyList<AuthStrategy> candidates)
        {
            Credential = credential;
            Candidates = candidates;
            if (candidates.Count == 1)
            {
                _settled = candidates[0];
            }
        }

        public ConsumerCredential Credential { get; }

        public IReadOnlyList<AuthStrategy> Candidates { get; }

        /// <summary>The strategy in use; null while Auto has not yet seen the store accept one.</summary>
        public AuthStrategy? Settled => _settled;

        public void Settle(AuthStrategy strategy) => _settled = strategy;
    }
}
