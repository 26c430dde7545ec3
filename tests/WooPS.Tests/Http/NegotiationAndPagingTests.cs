using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using WooPS.Core;
using WooPS.Core.Json;
using WooPS.Core.Resources.Catalog;
using WooPS.Tests.Support;

namespace WooPS.Tests.Http
{
    /// <summary>Auto settles only on proof that the key arrived; lists survive stores that leave out their paging headers.</summary>
    public class NegotiationAndPagingTests : StoreTests
    {
        /// <summary>The real network, except that the first request gets a 503 (a busy host).</summary>
        private sealed class FirstAnswerBusy : DelegatingHandler
        {
            private int _count;

            public FirstAnswerBusy()
                : base(new HttpClientHandler { ServerCertificateCustomValidationCallback = (m, c, ch, e) => true, AllowAutoRedirect = false })
            {
            }

            protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
                Interlocked.Increment(ref _count) == 1
                    ? Task.FromResult(StubHandler.Json(HttpStatusCode.ServiceUnavailable, "{}"))
                    : base.SendAsync(request, cancellationToken);
        }

        [Fact]
        public async Task A_busy_answer_does_not_settle_Auto_on_the_method_that_got_it()
        {
            Store.Modes.StripAuthorization = true;

            using WooSession session = await ConnectAsync(Store.HttpsUrl, Store.Keys.ReadWrite, primaryHandler: () => new FirstAnswerBusy());

            Assert.Equal("OAuth1", session.AuthMethod);
        }

        [Fact]
        public async Task A_missing_product_answered_to_anyone_does_not_settle_Auto()
        {
            Store.Modes.StripAuthorization = true;
            var options = Options(Store.HttpsUrl, CredentialOf(Store.Keys.ReadWrite));
            options.SkipValidation = true;
            using WooSession session = await WooSession.ConnectAsync(options, Log, default);

            var missing = await Assert.ThrowsAsync<WooApiException>(() => session.Resources.GetAsync(WooPS.Core.Resources.WooResource.Products, 999999, Log, default));
            Assert.Equal(404, missing.StatusCode);
            Assert.Equal("Auto", session.AuthMethod);

            Assert.Equal(25, (await ListAllAsync(session)).Count);
            Assert.Equal("OAuth1", session.AuthMethod);
        }

        [Fact]
        public async Task Without_paging_headers_a_list_goes_on_while_pages_are_full()
        {
            var pages = new[] { "[{\"id\":1},{\"id\":2}]", "[{\"id\":3},{\"id\":4}]", "[{\"id\":5}]" };
            var network = new StubHandler((request, n) => StubHandler.Json(HttpStatusCode.OK, n == 1 ? "[]" : pages[n - 2]));
            var options = Options(new Uri("https://shop.example"), CredentialOf(Store.Keys.ReadWrite), primaryHandler: () => network);
            using WooSession session = await WooSession.ConnectAsync(options, Log, default);

            List<WooRecord> products = await ListAllAsync(session, new ProductQuery { PageSize = 2 });

            Assert.Equal(new long?[] { 1, 2, 3, 4, 5 }, products.Select(p => p.Id));
            Assert.Equal(4, network.Requests.Count);
        }

        [Fact]
        public async Task A_page_that_is_not_a_list_is_an_error_that_says_so()
        {
            var network = new StubHandler((request, n) => StubHandler.Json(HttpStatusCode.OK, n == 1 ? "[]" : "{\"id\":1}"));
            var options = Options(new Uri("https://shop.example"), CredentialOf(Store.Keys.ReadWrite), primaryHandler: () => network);
            using WooSession session = await WooSession.ConnectAsync(options, Log, default);

            var failure = await Assert.ThrowsAsync<WooApiException>(() => ListAllAsync(session));

            Assert.Equal("woops_unexpected_response", failure.Code);
        }

        [Fact]
        public void Errors_about_one_item_are_told_apart_from_errors_about_the_store()
        {
            Assert.True(new WooApiException("woocommerce_rest_product_invalid_id", "Invalid ID.", 404).IsAboutOneItem);
            Assert.True(new WooApiException("woocommerce_rest_already_trashed", "Gone.", 410).IsAboutOneItem);
            Assert.False(new WooApiException("woocommerce_rest_authentication_error", "Consumer secret is invalid.", 401).IsAboutOneItem);
            Assert.False(new WooApiException(WooErrorCodes.StoreUnreachable, "Down.").IsAboutOneItem);
            Assert.True(new WooApiException(WooErrorCodes.SkuNotFound, "No such SKU.", 404).IsAboutOneItem);
            Assert.False(new WooApiException("internal_server_error", "Boom.", 500).IsAboutOneItem);
        }

        [Theory]
        [InlineData("https://shop.example/wp-json/wc/v3/products?consumer_key=ck_1&consumer_secret=cs_2", "https://shop.example")]
        [InlineData("ftp://shop.example/x?consumer_secret=cs_2", "ftp://shop.example/x")]
        public void An_address_shown_in_errors_never_has_its_query(string given, string shown)
        {
            Assert.Equal(shown, WooPS.Core.Http.StoreAddress.Describe(given));
        }
    }
}
