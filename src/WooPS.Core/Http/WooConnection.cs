using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using WooPS.Core.Auth;
using WooPS.Core.Json;

namespace WooPS.Core.Http
{
    /// <summary>
    /// Sends wc/v3 requests for a session and turns every way they can fail into a <see cref="WooApiException"/>:
    /// WooCommerce's own errors keep its code, message and status; network, TLS, timeout, redirect, cut-off and
    /// non-JSON answers get one of <see cref="WooErrorCodes"/> and a hint.
    /// </summary>
    internal sealed class WooConnection : IDisposable
    {
        private readonly SessionHttpClient _http;
        private readonly TimeSpan _timeout;
        private int _toldAboutPhpOutput;

        /// <param name="auth">The credentials to put on requests; null sends them without any.</param>
        /// <param name="gate">The session's limit on requests in flight; null for one-off probes.</param>
        public WooConnection(StoreAddress address, AuthState? auth, ConnectionSettings settings, InFlightGate? gate = null)
        {
            Address = address;
            _timeout = settings.Timeout;
            _http = new SessionHttpClient(auth, settings, gate);
        }

        public StoreAddress Address { get; }

        public async Task<WooResponse> SendAsync(WooRequest request, IWooLog log, CancellationToken cancellationToken)
        {
            (RawResponse raw, JsonDocument? json) = await SendAndReadAsync(request, AnswerForm.Json, log, cancellationToken).ConfigureAwait(false);
            return new WooResponse(raw, json!);
        }

        /// <summary>
        /// Sends a request and judges its answer as <see cref="SendAsync"/> does (redirects, WooCommerce's errors, answers
        /// cut short are failures), except that a successful answer may also be what <paramref name="form"/> allows:
        /// then the JSON is null.
        /// </summary>
        public async Task<(RawResponse Raw, JsonDocument? Json)> SendAndReadAsync(WooRequest request, AnswerForm form, IWooLog log, CancellationToken cancellationToken)
        {
            Uri uri = QueryString.WithQuery(Address.UriOf(request.RestRoute), request.Query);
            RawResponse raw = await SendRawAsync(request.Method, uri, request.JsonBody, log, cancellationToken, request.SafeToRepeat).ConfigureAwait(false);
            try
            {
                return (raw, Interpret(raw, log, RequestContext.IsRepeatable(request.Method, request.SafeToRepeat), form));
            }
            catch (WooApiException failure) when (raw.Repeated)
            {
                failure.Data[RequestContext.AnswerToRepeat] = true;
                throw;
            }
        }

        /// <summary>
        /// Sends a request to any address of the store and returns whatever came back; only failures to get an
        /// answer at all (network, TLS, timeout, a body broken off) throw.
        /// </summary>
        public async Task<RawResponse> SendRawAsync(HttpMethod method, Uri uri, byte[]? jsonBody, IWooLog log, CancellationToken cancellationToken, bool safeToRepeat = false)
        {
            using var message = new HttpRequestMessage(method, uri);
            if (jsonBody != null)
            {
                message.Content = new ByteArrayContent(jsonBody);
                message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            }

            RequestContext.Attach(message, log, safeToRepeat);
            string shown = method + " " + Redaction.Url(uri);
            try
            {
                using HttpResponseMessage response = await _http.Client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
                // TimeoutHandler has already buffered the body, within the timeout.
                byte[] body = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
                return new RawResponse(response, body, shown);
            }
            catch (TimeoutException)
            {
                throw Repeated(message, new WooApiException(
                    WooErrorCodes.Timeout,
                    $"The store did not answer {shown} within {_timeout.TotalSeconds:0} s.",
                    hint: "A slow store or a large page: allow more time for each request, or ask for smaller pages."));
            }
            catch (AnswerBrokenOffException broken)
            {
                throw Repeated(message, new WooApiException(
                    WooErrorCodes.AnswerCutShort,
                    $"The store's answer to {shown} broke off before it was complete ({broken.InnerException?.GetBaseException().Message}){AfterCut(RequestContext.IsRepeatable(method, safeToRepeat))}",
                    hint: JsonAnswer.CutShortAdvice,
                    innerException: broken));
            }
            catch (HttpRequestException failure)
            {
                throw Repeated(message, Unreachable(failure, shown));
            }
            catch (ObjectDisposedException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new WooApiException(WooErrorCodes.SessionClosed, $"The session to {Address} was closed while {shown} was on its way.", hint: "Connect again.");
            }
        }

        public void Dispose() => _http.Dispose();

        /// <summary>A failure with no answer at all (a timeout, a broken answer) after the retries sent the request again says so, as an answer's does.</summary>
        private static WooApiException Repeated(HttpRequestMessage message, WooApiException failure)
        {
            if (RequestContext.WasRepeated(message))
            {
                failure.Data[RequestContext.AnswerToRepeat] = true;
            }

            return failure;
        }

        /// <summary>How a message about an answer cut off ends: a request safe to repeat was asked again; another may have been carried out.</summary>
        private static string AfterCut(bool repeatable) => repeatable
            ? ", also when asked again."
            : ". The store may have done what was asked before the answer broke off: check before sending it again.";

        /// <param name="repeatable">The request was safe to send again, so a cut-off answer was asked for again before this one.</param>
        /// <returns>The answer's JSON; null when <paramref name="form"/> allows an answer without it and this is one.</returns>
        private JsonDocument? Interpret(RawResponse raw, IWooLog log, bool repeatable, AnswerForm form)
        {
            if (raw.IsRedirect)
            {
                RedirectAdvice advice = RedirectAdvice.For(Address, raw);
                var redirected = new WooApiException(WooErrorCodes.Redirected, advice.Message, raw.Status, advice.Hint);
                if (advice.NewAddress != null)
                {
                    redirected.Data["NewAddress"] = advice.NewAddress;
                }

                throw redirected;
            }

            using JsonAnswer answer = JsonAnswer.Read(raw.Body);
            if (answer.StrayOutput != null && Interlocked.Exchange(ref _toldAboutPhpOutput, 1) == 0)
            {
                log.Warning($"{Address} printed PHP output with its answer to {raw.Shown}: {answer.QuotedStrayOutput}. WooPS skipped it, but other clients may choke on it. {JsonAnswer.StrayOutputAdvice}");
            }

            if (raw.Status >= 400)
            {
                if (answer.Document != null && WooJson.TryReadError(answer.Document.RootElement, out string code, out string message))
                {
                    throw new WooApiException(code, message, raw.Status);
                }

                throw new WooApiException(
                    WooErrorCodes.UnexpectedResponse,
                    $"The store answered {raw.Shown} with {raw.Status} {raw.ReasonPhrase} and {raw.DescribeBody()}, not a WooCommerce error.",
                    raw.Status,
                    hint: "A web server, proxy or security plugin answered instead of WooCommerce; its logs say why.");
            }

            if (answer.CutShort)
            {
                string php = answer.StrayOutput == null ? string.Empty : $", where PHP printed {answer.QuotedStrayOutput}";
                throw new WooApiException(
                    WooErrorCodes.AnswerCutShort,
                    $"The store's answer to {raw.Shown} was cut off after {raw.Body.Length:N0} bytes{php}: the JSON stops before it is complete{AfterCut(repeatable)}",
                    raw.Status,
                    hint: JsonAnswer.CutShortAdvice);
            }

            if (form == AnswerForm.Anything && answer.Document == null)
            {
                return null;
            }

            if (form == AnswerForm.JsonOrEmpty && raw.Body.Length == 0)
            {
                return null;
            }

            if (answer.Flaw != null)
            {
                throw new WooApiException(
                    WooErrorCodes.NotJson,
                    $"The store answered {raw.Shown} with JSON that WooPS cannot read: {answer.Flaw}",
                    raw.Status,
                    hint: "A plugin, or something between the store and this machine, spoiled the answer. The site's PHP error log, or the same address opened in a browser, shows what came.");
            }

            if (answer.Document == null)
            {
                throw new WooApiException(
                    WooErrorCodes.NotJson,
                    $"The store answered {raw.Shown} with {raw.DescribeBody()} instead of WooCommerce JSON.",
                    raw.Status,
                    hint: "Check the store URL: it should be the WordPress site's home address, with WooCommerce active and permalinks set to anything but Plain.");
            }

            return answer.TakeDocument();
        }

        private WooApiException Unreachable(HttpRequestException failure, string shown)
        {
            Exception root = failure.GetBaseException();
            if (root is AuthenticationException || failure.InnerException is AuthenticationException)
            {
                return new WooApiException(
                    WooErrorCodes.CertificateUntrusted,
                    $"The TLS connection to {Address} failed: {root.Message}",
                    hint: "The store's certificate is not trusted by this machine (self-signed, expired or for another name). A test store may skip the certificate check; a real shop never should.",
                    innerException: failure);
            }

            string what = root is SocketException socket && socket.SocketErrorCode == SocketError.HostNotFound
                ? $"The store's host name {Address.Home.Host} could not be resolved"
                : $"Could not reach the store at {Address}";
            return new WooApiException(
                WooErrorCodes.StoreUnreachable,
                $"{what} ({shown}): {root.Message}",
                hint: "Check the address, the network and any proxy between this machine and the store.",
                innerException: failure);
        }
    }
}
