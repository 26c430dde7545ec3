using System;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace WooPS.Tests.Support
{
    /// <summary>A network that answers from a script, for hosts the fake store does not play (proxies, redirects, faults).</summary>
    internal sealed class StubHandler : HttpMessageHandler
    {
        private readonly Func<HttpRequestMessage, int, CancellationToken, Task<HttpResponseMessage>> _answer;
        private int _count;

        public StubHandler(Func<HttpRequestMessage, int, HttpResponseMessage> answer)
            : this((request, n, cancellation) => Task.FromResult(answer(request, n)))
        {
        }

        public StubHandler(Func<HttpRequestMessage, int, CancellationToken, Task<HttpResponseMessage>> answer)
        {
            _answer = answer;
        }

        public ConcurrentQueue<Uri> Requests { get; } = new ConcurrentQueue<Uri>();

        public static HttpResponseMessage Json(HttpStatusCode status, string body) =>
            new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };

        public static HttpResponseMessage Html(HttpStatusCode status) =>
            new HttpResponseMessage(status) { Content = new StringContent("<!DOCTYPE html><html><body>Hello</body></html>", Encoding.UTF8, "text/html") };

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Enqueue(request.RequestUri!);
            HttpResponseMessage response = await _answer(request, Interlocked.Increment(ref _count), cancellationToken);
            // As the real handler does: the answer knows what it answers.
            response.RequestMessage ??= request;
            return response;
        }
    }
}
