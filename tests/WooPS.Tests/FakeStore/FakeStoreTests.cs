using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using WooPS.FakeStore;

namespace WooPS.Tests.FakeStore
{
    /// <summary>
    /// A fake store of its own for each test (25 products, ports from the OS), seen through a raw
    /// HttpClient (not WooPS's own) that follows no redirect and takes the self-signed certificate.
    /// </summary>
    public abstract class FakeStoreTests : IAsyncLifetime
    {
        protected WooPS.FakeStore.FakeStore Store { get; private set; } = null!;

        protected HttpClient Client { get; private set; } = null!;

        protected string Origin => Store.HttpsUrl.GetLeftPart(UriPartial.Authority);

        /// <summary>How the test class's store starts: 25 products (and the default coupons and customers) unless a class says otherwise.</summary>
        protected virtual FakeStoreOptions Options => new() { Products = 25 };

        public async Task InitializeAsync()
        {
            Store = await WooPS.FakeStore.FakeStore.StartAsync(Options);
            Client = new HttpClient(new HttpClientHandler { ServerCertificateCustomValidationCallback = (m, c, ch, e) => true, AllowAutoRedirect = false });
        }

        public async Task DisposeAsync()
        {
            Client.Dispose();
            await Store.DisposeAsync();
        }

        /// <summary>A request with a key (read_write unless told) over https with Basic, headers read before the body.</summary>
        protected Task<Answer> SendAsync(HttpMethod method, string target, string? json = null, FakeKey? key = null) =>
            AnswerAsync(Request(method, target, json, key));

        /// <summary>The request <see cref="SendAsync"/> sends, for a test that sends it itself.</summary>
        protected HttpRequestMessage Request(HttpMethod method, string target, string? json = null, FakeKey? key = null)
        {
            var request = new HttpRequestMessage(method, new Uri(Store.HttpsUrl, target));
            FakeKey credentials = key ?? Store.Keys.ReadWrite;
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials.Key + ":" + credentials.Secret)));
            if (json is not null)
            {
                request.Content = new StringContent(json, Encoding.UTF8, "application/json");
            }
            return request;
        }

        /// <summary>Creates a product from the JSON body (asserting 201) and returns its id.</summary>
        protected async Task<long> CreateProductAsync(string json)
        {
            Answer created = await SendAsync(HttpMethod.Post, "wp-json/wc/v3/products", json);
            Assert.Equal(HttpStatusCode.Created, created.Status);
            return created.Json.GetProperty("id").GetInt64();
        }

        /// <summary>The ids of the products listed with this query string, in the order listed.</summary>
        protected async Task<long[]> ListedProductIdsAsync(string query) =>
            (await SendAsync(HttpMethod.Get, "wp-json/wc/v3/products?" + query)).Json.EnumerateArray().Select(p => p.GetProperty("id").GetInt64()).ToArray();

        protected Task<Answer> GetAnonymousAsync(string target) => AnswerAsync(new HttpRequestMessage(HttpMethod.Get, new Uri(Store.HttpsUrl, target)));

        protected async Task<Answer> AnswerAsync(HttpRequestMessage request)
        {
            using (request)
            {
                using HttpResponseMessage response = await Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
                // Read before the body is: once buffered, HttpClient would report the buffer's length.
                long? contentLength = response.Content.Headers.ContentLength;
                // As sent: a parsed Location would come back percent-encoded.
                var headers = response.Headers.NonValidated.Concat(response.Content.Headers.NonValidated)
                    .ToDictionary(header => header.Key, header => header.Value.ToString(), StringComparer.OrdinalIgnoreCase);
                byte[] body = await response.Content.ReadAsByteArrayAsync();
                return new Answer(response.StatusCode, headers, body, response.Headers.TransferEncodingChunked == true, contentLength);
            }
        }

        protected sealed record Answer(HttpStatusCode Status, IReadOnlyDictionary<string, string> Headers, byte[] Body, bool Chunked, long? ContentLength)
        {
            public string Text => Encoding.UTF8.GetString(Body);

            public JsonElement Json => JsonDocument.Parse(Body).RootElement;

            public string? Header(string name) => Headers.TryGetValue(name, out string? value) ? value : null;
        }
    }
}
