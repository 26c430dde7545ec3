using System;
using System.Net.Http;
using Microsoft.Extensions.DependencyInjection;
using WooPS.Core.Auth;

namespace WooPS.Core.Http
{
    /// <summary>
    /// The session's HTTP client, made by IHttpClientFactory: retry, then the session's limit on requests in
    /// flight, then auth, then a timeout per request, then logging next to the network, over a primary handler
    /// that tests may replace. One per session; disposing it closes its connections.
    /// </summary>
    internal sealed class SessionHttpClient : IDisposable
    {
        private const string ClientName = "WooPS";
        private readonly ServiceProvider _services;
        private readonly IHttpClientFactory _factory;

        /// <param name="auth">The credentials to put on requests; null sends them without any (the key test's probes of WordPress itself).</param>
        /// <param name="gate">The session's limit on requests in flight; null for the key test's probes, which go one at a time.</param>
        public SessionHttpClient(AuthState? auth, ConnectionSettings settings, InFlightGate? gate)
        {
            var services = new ServiceCollection();
            IHttpClientBuilder builder = services.AddHttpClient(ClientName, client =>
                {
                    client.Timeout = System.Threading.Timeout.InfiniteTimeSpan; // TimeoutHandler times each request instead.
                    client.DefaultRequestHeaders.UserAgent.ParseAdd("WooPS/" + typeof(SessionHttpClient).Assembly.GetName().Version!.ToString(3));
                    client.DefaultRequestHeaders.Accept.ParseAdd("application/json");
                })
                .ConfigurePrimaryHttpMessageHandler(settings.PrimaryHandler ?? (() => NewPrimaryHandler(settings.SkipCertificateCheck)))
                .AddHttpMessageHandler(() => new RetryHandler(settings.RetryPolicy))
                .RemoveAllLoggers();
            if (gate != null)
            {
                builder.AddHttpMessageHandler(() => new ConcurrencyHandler(gate));
            }

            if (auth != null)
            {
                builder.AddHttpMessageHandler(() => new AuthHandler(auth));
            }

            builder
                .AddHttpMessageHandler(() => new TimeoutHandler(settings.Timeout))
                .AddHttpMessageHandler(() => new LoggingHandler());
            _services = services.BuildServiceProvider();
            _factory = _services.GetRequiredService<IHttpClientFactory>();
        }

        public HttpClient Client => _factory.CreateClient(ClientName);

        public void Dispose() => _services.Dispose();

        private static HttpMessageHandler NewPrimaryHandler(bool skipCertificateCheck)
        {
            // Redirects are not followed: one would turn a POST into a GET and drop the Authorization header, so
            // the caller is told the address to use instead.
            var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false };
            if (skipCertificateCheck)
            {
                handler.ServerCertificateCustomValidationCallback = (message, certificate, chain, errors) => true;
            }

            return handler;
        }
    }
}
