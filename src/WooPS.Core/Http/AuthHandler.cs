using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using WooPS.Core.Auth;

namespace WooPS.Core.Http
{
    /// <summary>
    /// Puts the session's credentials on each request (on a copy, so retries start clean). Until a strategy has
    /// worked, it tries the candidates in order and moves on only when the store answered as if no credentials
    /// arrived, or rejected a signature made for the wrong address; the first one the store accepts is kept.
    /// </summary>
    internal sealed class AuthHandler : DelegatingHandler
    {
        private readonly AuthState _state;

        public AuthHandler(AuthState state)
        {
            _state = state;
        }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            AuthStrategy? settled = _state.Settled;
            if (settled != null)
            {
                return await SendWithAsync(settled, request, cancellationToken).ConfigureAwait(false);
            }

            IWooLog log = RequestContext.LogOf(request);
            HttpResponseMessage? mostTelling = null;
            for (int i = 0; ; i++)
            {
                AuthStrategy candidate = _state.Candidates[i];
                HttpResponseMessage response = await SendWithAsync(candidate, request, cancellationToken).ConfigureAwait(false);
                AuthVerdict verdict = await VerdictAsync(response).ConfigureAwait(false);
                if (verdict == AuthVerdict.Accepted)
                {
                    _state.Settle(candidate);
                    mostTelling?.Dispose();
                    if (i > 0)
                    {
                        log.Verbose($"The store accepted {candidate.Description} authentication; this session keeps it.");
                    }

                    if (candidate.Caveat != null)
                    {
                        log.Verbose(candidate.Caveat);
                    }

                    return response;
                }

                bool last = i == _state.Candidates.Count - 1;
                if (verdict == AuthVerdict.Inconclusive || verdict == AuthVerdict.Rejected || last)
                {
                    // Nothing learnt about the credentials (a 503: the next request or retry negotiates again from the
                    // start), a definite answer about the key, or nothing left to try: report the most telling answer.
                    if (verdict == AuthVerdict.Anonymous && mostTelling != null)
                    {
                        response.Dispose();
                        return mostTelling;
                    }

                    mostTelling?.Dispose();
                    return response;
                }

                log.Verbose(verdict == AuthVerdict.Anonymous
                    ? $"The store answered {candidate.Description} as if no credentials arrived; trying {_state.Candidates[i + 1].Description}."
                    : $"The store rejected the signature of {candidate.Description}; trying {_state.Candidates[i + 1].Description}.");
                if (verdict == AuthVerdict.SignatureRejected && mostTelling == null)
                {
                    mostTelling = response;
                }
                else
                {
                    response.Dispose();
                }
            }
        }

        private async Task<HttpResponseMessage> SendWithAsync(AuthStrategy strategy, HttpRequestMessage request, CancellationToken cancellationToken)
        {
            using HttpRequestMessage signed = await RequestCopy.CloneAsync(request).ConfigureAwait(false);
            strategy.Apply(signed, _state.Credential);
            return await base.SendAsync(signed, cancellationToken).ConfigureAwait(false);
        }

        private static async Task<AuthVerdict> VerdictAsync(HttpResponseMessage response)
        {
            int status = (int)response.StatusCode;
            byte[] body = status == 401 || status == 403 ? await RequestCopy.BufferBodyAsync(response).ConfigureAwait(false) : new byte[0];
            return AuthAnswers.VerdictOf(AuthAnswers.Classify(status, body, out _));
        }
    }
}
