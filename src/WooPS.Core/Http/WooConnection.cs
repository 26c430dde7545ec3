using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Text;
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

        public WooConnection(StoreAddress address, AuthState auth, TimeSpan timeout, bool skipCertificateCheck, Func<HttpMessageHandler>? primaryHandler, RetryPolicy retryPolicy)
        {
            Address = address;
            Auth = auth;
            _timeout = timeout;
            _http = new SessionHttpClient(auth, timeout, skipCertificateCheck, primaryHandler, retryPolicy);
        }

        public StoreAddress Address { get; }

        public AuthState Auth { get; }

        public async Task<WooResponse> SendAsync(WooRequest request, IWooLog log, CancellationToken cancellationToken)
        {
            var uri = QueryString.WithQuery(new Uri(Address.ApiBase, request.Route), request.Query);
            using var message = new HttpRequestMessage(request.Method, uri);
            if (request.JsonBody != null)
            {
                message.Content = new ByteArrayContent(request.JsonBody);
                message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            }

            RequestLog.Attach(message, log);
            string shown = request.Method + " " + Redaction.Url(uri);
            try
            {
                using HttpResponseMessage response = await _http.Client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
                // TimeoutHandler has already buffered the body, within the timeout.
                byte[] body = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
                return Interpret(response, body, shown);
            }
            catch (TimeoutException)
            {
                throw new WooApiException(
                    "woops_timeout",
                    $"The store did not answer {shown} within {_timeout.TotalSeconds:0} s.",
                    hint: "A slow store or a large page: raise -TimeoutSec on Connect-WooStore.");
            }
            catch (HttpRequestException failure)
            {
                throw Unreachable(failure, shown);
            }
        }

        public void Dispose() => _http.Dispose();

        private WooResponse Interpret(HttpResponseMessage response, byte[] body, string shown)
        {
            int status = (int)response.StatusCode;
            if (status >= 300 && status < 400)
            {
                throw Redirected(response, status, shown);
            }

            if (status >= 400)
            {
                if (WooJson.TryReadError(body, out string code, out string message))
                {
                    throw new WooApiException(code, message, status);
                }

                throw new WooApiException(
                    "woops_unexpected_response",
                    $"The store answered {shown} with {status} {response.ReasonPhrase} and {Describe(response, body)}, not a WooCommerce error.",
                    status,
                    hint: "A web server, proxy or security plugin answered instead of WooCommerce; its logs say why.");
            }

            try
            {
                return WooResponse.From(response, WooJson.Parse(body));
            }
            catch (JsonException)
            {
                throw new WooApiException(
                    "woops_not_json",
                    $"The store answered {shown} with {Describe(response, body)} instead of WooCommerce JSON.",
                    status,
                    hint: "Check the store URL: it should be the WordPress site's home address, with WooCommerce active and permalinks set to anything but Plain.");
            }
        }

        private WooApiException Redirected(HttpResponseMessage response, int status, string shown)
        {
            Uri? location = response.Headers.Location;
            if (location != null && !location.IsAbsoluteUri)
            {
                location = new Uri(response.RequestMessage!.RequestUri!, location);
            }

            string target = location == null ? "another address" : StoreAddress.Parse(location.GetLeftPart(UriPartial.Path)).ToString();
            return new WooApiException(
                "woops_redirected",
                $"The store redirects {shown} ({status}) to {target}.",
                status,
                hint: $"Connect with -Url {target}: WooPS does not follow redirects, which would turn writes into reads and drop credentials.");
        }

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

        private static string Describe(HttpResponseMessage response, byte[] body)
        {
            string type = response.Content.Headers.ContentType?.MediaType ?? "no content type";
            if (body.Length == 0)
            {
                return "an empty body";
            }

            string start = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 512)).TrimStart();
            return start.StartsWith("<", StringComparison.Ordinal) ? $"an HTML page ({type})" : $"a body of type {type}";
        }
    }
}
