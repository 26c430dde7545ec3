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
    /// WooCommerce's own errors keep its code, message and status; network, TLS, timeout, redirect and
    /// non-JSON answers get a <c>woops_</c> code and a hint.
    /// </summary>
    internal sealed class WooConnection : IDisposable
    {
        private readonly SessionHttpClient _http;
        private readonly TimeSpan _timeout;

        /// <param name="auth">The credentials to put on requests; null sends them without any.</param>
        public WooConnection(StoreAddress address, AuthState? auth, ConnectionSettings settings)
        {
            Address = address;
            _timeout = settings.Timeout;
            _http = new SessionHttpClient(auth, settings);
        }

        public StoreAddress Address { get; }

        public async Task<WooResponse> SendAsync(WooRequest request, IWooLog log, CancellationToken cancellationToken)
        {
            var uri = QueryString.WithQuery(new Uri(Address.ApiBase, request.Route), request.Query);
            return Interpret(await SendRawAsync(request.Method, uri, request.JsonBody, log, cancellationToken).ConfigureAwait(false));
        }

        /// <summary>
        /// Sends a request to any address of the store and returns whatever came back; only failures to get an
        /// answer at all (network, TLS, timeout) throw.
        /// </summary>
        public async Task<RawResponse> SendRawAsync(HttpMethod method, Uri uri, byte[]? jsonBody, IWooLog log, CancellationToken cancellationToken)
        {
            using var message = new HttpRequestMessage(method, uri);
            if (jsonBody != null)
            {
                message.Content = new ByteArrayContent(jsonBody);
                message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            }

            RequestLog.Attach(message, log);
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
                throw new WooApiException(
                    "woops_timeout",
                    $"The store did not answer {shown} within {_timeout.TotalSeconds:0} s.",
                    hint: "A slow store or a large page: raise -TimeoutSec.");
            }
            catch (HttpRequestException failure)
            {
                throw Unreachable(failure, shown);
            }
            catch (ObjectDisposedException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new WooApiException("woops_session_closed", $"The session to {Address} was closed (Disconnect-WooStore) while {shown} was on its way.", hint: "Connect again with Connect-WooStore.");
            }
        }

        public void Dispose() => _http.Dispose();

        private static WooResponse Interpret(RawResponse raw)
        {
            if (raw.IsRedirect)
            {
                throw Redirected(raw);
            }

            if (raw.Status >= 400)
            {
                if (WooJson.TryReadError(raw.Body, out string code, out string message))
                {
                    throw new WooApiException(code, message, raw.Status);
                }

                throw new WooApiException(
                    "woops_unexpected_response",
                    $"The store answered {raw.Shown} with {raw.Status} {raw.ReasonPhrase} and {raw.DescribeBody()}, not a WooCommerce error.",
                    raw.Status,
                    hint: "A web server, proxy or security plugin answered instead of WooCommerce; its logs say why.");
            }

            try
            {
                return new WooResponse(raw, WooJson.Parse(raw.Body));
            }
            catch (JsonException)
            {
                throw new WooApiException(
                    "woops_not_json",
                    $"The store answered {raw.Shown} with {raw.DescribeBody()} instead of WooCommerce JSON.",
                    raw.Status,
                    hint: "Check the store URL: it should be the WordPress site's home address, with WooCommerce active and permalinks set to anything but Plain.");
            }
        }

        private static WooApiException Redirected(RawResponse raw)
        {
            string target = RedirectTarget(raw);
            return new WooApiException(
                "woops_redirected",
                $"The store redirects {raw.Shown} ({raw.Status}) to {target}.",
                raw.Status,
                hint: $"Connect with -Url {target}: WooPS does not follow redirects, which would turn writes into reads and drop credentials.");
        }

        /// <summary>The home address a redirect points to, or "another address" when it names none.</summary>
        public static string RedirectTarget(RawResponse raw) =>
            raw.Location == null ? "another address" : StoreAddress.Parse(raw.Location.GetLeftPart(UriPartial.Path)).ToString();

        private WooApiException Unreachable(HttpRequestException failure, string shown)
        {
            Exception root = failure.GetBaseException();
            if (root is AuthenticationException || failure.InnerException is AuthenticationException)
            {
                return new WooApiException(
                    "woops_certificate_untrusted",
                    $"The TLS connection to {Address} failed: {root.Message}",
                    hint: "The store's certificate is not trusted by this machine (self-signed, expired or for another name). For a test store, -SkipCertificateCheck skips the check; never use it for a real shop.",
                    innerException: failure);
            }

            string what = root is SocketException socket && socket.SocketErrorCode == SocketError.HostNotFound
                ? $"The store's host name {Address.Home.Host} could not be resolved"
                : $"Could not reach the store at {Address}";
            return new WooApiException(
                "woops_store_unreachable",
                $"{what} ({shown}): {root.Message}",
                hint: "Check the address, the network and any proxy between this machine and the store.",
                innerException: failure);
        }
    }
}
