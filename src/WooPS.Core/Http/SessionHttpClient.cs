using System;
using System.Net.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WooPS.Core.Auth;

namespace WooPS.Core.Http
{
    /// <summary>
    /// The session's HTTP client, made by IHttpClientFactory: retry, then auth, then a timeout per request, then logging next to the network,
    /// over a primary handler that tests may replace. One per session; disposing it closes its connections.
    /// </summary>
    internal sealed class SessionHttpClient : IDisposable
    {
        private const string ClientName = "WooPS";
        private readonly ServiceProvider _services;
        private readonly IHttpClientFactory _factory;

        public SessionHttpClient(AuthState auth, TimeSpan timeout, bool skipCertificateCheck, Func<HttpMessageHandler>? primaryHandler, RetryPolicy retryPolicy)
        {
            var services = new ServiceCollection();
            services.AddHttpClient(ClientName, client =>
                {
                    client.Timeout = System.Threading.Timeout.InfiniteTimeSpan; // TimeoutHandler times each request instead.
                    client.DefaultRequestHeaders.UserAgent.ParseAdd("WooPS/" + typeof(SessionHttpClient).Assembly.GetName().Version!.ToString(3));
                    client.DefaultRequestHeaders.Accept.ParseAdd("application/json");
                })
                .ConfigurePrimaryHttpMessageHandler(primaryHandler ?? (() => NewPrimaryHandler(skipCertificateCheck)))
                .AddHttpMessageHandler(() => new RetryHandler(retryPolicy))
                .AddHttpMessageHandler(() => new AuthHandler(auth))
                .AddHttpMessageHandler(() => new TimeoutHandler(timeout))
                .AddHttpMessageHandler(() => new LoggingHandler())
                .RemoveAllLoggers();
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
