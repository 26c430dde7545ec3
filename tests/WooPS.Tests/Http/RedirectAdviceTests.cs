using System;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using WooPS.Core;
using WooPS.Core.Auth;
using WooPS.Tests.Support;

namespace WooPS.Tests.Http
{
    /// <summary>A redirect's advice names the real problem, whether it leaves the store or stays inside it.</summary>
    public class RedirectAdviceTests
    {
        private static async Task<WooApiException> ConnectThroughRedirectAsync(Func<Uri, string> location)
        {
            var network = new StubHandler((request, n) =>
            {
                var response = new HttpResponseMessage(HttpStatusCode.MovedPermanently);
                response.Headers.Location = new Uri(location(request.RequestUri!));
                return response;
            });
            var options = StoreTests.Options(new Uri("https://shop.example/store"), ConsumerCredential.Create("ck_" + new string('1', 40), "cs_" + new string('2', 40)), primaryHandler: () => network);
            return await Assert.ThrowsAsync<WooApiException>(() => WooSession.ConnectAsync(options, new RecordingLog(), default));
        }

        [Fact]
        public async Task A_trailing_slash_rule_is_named_and_no_new_address_offered()
        {
            WooApiException failure = await ConnectThroughRedirectAsync(asked => asked.GetLeftPart(UriPartial.Path) + "/" + asked.Query);

            Assert.Equal(WooErrorCodes.Redirected.Code, failure.Code);
            Assert.Contains("trailing slash", failure.Message);
            Assert.Contains("Exclude /wp-json/", failure.Hint);
            Assert.Null(failure.Data["NewAddress"]);
        }

        [Fact]
        public async Task A_redirect_that_only_changes_the_query_is_not_called_a_trailing_slash()
        {
            WooApiException failure = await ConnectThroughRedirectAsync(asked => asked.GetLeftPart(UriPartial.Path) + "?lang=en");

            Assert.DoesNotContain("trailing slash", failure.Message);
            Assert.Contains("another address of the same REST API", failure.Message);
        }

        [Fact]
        public async Task A_redirect_to_rest_route_names_plain_permalinks()
        {
            WooApiException failure = await ConnectThroughRedirectAsync(asked => "https://shop.example/store/?rest_route=/wc/v3/products&per_page=1");

            Assert.Contains("Plain", failure.Message);
            Assert.Contains("Settings → Permalinks", failure.Hint);
            Assert.Null(failure.Data["NewAddress"]);
        }

        [Fact]
        public async Task A_redirect_to_the_login_page_names_the_login_gate()
        {
            WooApiException failure = await ConnectThroughRedirectAsync(asked => "https://shop.example/store/wp-login.php?redirect_to=" + Uri.EscapeDataString(asked.PathAndQuery));

            Assert.Contains("login page", failure.Message);
            Assert.Contains("without a login", failure.Hint);
            Assert.DoesNotContain("wp-login.php as the store", failure.Hint);
            Assert.Null(failure.Data["NewAddress"]);
        }

        [Fact]
        public async Task A_redirect_to_a_page_of_the_site_says_the_REST_API_is_sent_there()
        {
            WooApiException failure = await ConnectThroughRedirectAsync(asked => "https://shop.example/store/maintenance/");

            Assert.Contains("https://shop.example/store/maintenance/, a page and not the REST API", failure.Message);
            Assert.Null(failure.Data["NewAddress"]);
        }

        [Fact]
        public async Task A_redirect_to_another_address_names_it()
        {
            WooApiException failure = await ConnectThroughRedirectAsync(asked => "https://www.shop.example/store/wp-json/wc/v3/products?per_page=1");

            Assert.Equal("https://www.shop.example/store", failure.Data["NewAddress"]);
            Assert.Contains("Use https://www.shop.example/store as the store's address", failure.Hint);
        }
    }
}
