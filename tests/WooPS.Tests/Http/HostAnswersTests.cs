using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using WooPS.Core;
using WooPS.Core.Auth;
using WooPS.Core.Json;
using WooPS.Core.Resources;
using WooPS.Core.Resources.Catalog;
using WooPS.Tests.Support;

namespace WooPS.Tests.Http
{
    /// <summary>
    /// Answers real hosts send, played by a scripted network byte for byte: a byte order mark, PHP's notices, a
    /// body cut short or broken off, text .NET cannot hold, a list with things in it that are not items.
    /// </summary>
    public class HostAnswersTests
    {
        private const string Notice = "\n<br />\n<b>Warning</b>:  Undefined array key \"sku\" in <b>/var/www/html/wp-content/plugins/sync-helper/sync-helper.php</b> on line <b>42</b><br />\n";
        private const string Fatal = "<br />\n<b>Fatal error</b>:  Allowed memory size of 134217728 bytes exhausted (tried to allocate 20480 bytes) in <b>/var/www/html/wp-includes/class-wpdb.php</b> on line <b>2351</b><br />\n";
        private const string Page = "[{\"id\":1,\"name\":\"One\"},{\"id\":2,\"name\":\"Two\"}]";

        private readonly RecordingLog _log = new RecordingLog();

        private static HttpResponseMessage Answer(byte[] body)
        {
            var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(body) };
            response.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json") { CharSet = "UTF-8" };
            return response;
        }

        private static HttpResponseMessage Answer(string body) => Answer(Encoding.UTF8.GetBytes(body));

        private Task<WooSession> ConnectAsync(StubHandler network) =>
            WooSession.ConnectAsync(StoreTests.Options(new Uri("https://shop.example"), ConsumerCredential.Create("ck_" + new string('1', 40), "cs_" + new string('2', 40)), primaryHandler: () => network), _log, default);

        private Task<(System.Collections.Generic.List<WooRecord> Items, System.Collections.Generic.List<WooApiException> Unreadable)> ListAsync(WooSession session) =>
            Listing.CollectAsync(session, WooResource.Products, new ProductQuery(), _log);

        [Fact]
        public async Task Json_after_a_byte_order_mark_reads_on_connect_and_on_every_request()
        {
            var network = new StubHandler((request, n) => Answer(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Page)).ToArray()));
            using WooSession session = await ConnectAsync(network);

            var (items, _) = await ListAsync(session);

            Assert.Equal(new long?[] { 1, 2 }, items.Select(i => i.Id));
            Assert.Empty(_log.Warnings);
        }

        [Fact]
        public async Task Php_output_before_the_json_is_skipped_with_one_warning_per_session_quoting_it()
        {
            var network = new StubHandler((request, n) => Answer(Notice + Page));
            using WooSession session = await ConnectAsync(network);

            await ListAsync(session);
            var (items, _) = await ListAsync(session);

            Assert.Equal(2, items.Count);
            string warning = Assert.Single(_log.Warnings);
            Assert.Contains("\"Warning: Undefined array key \"sku\" in /var/www/html/wp-content/plugins/sync-helper/sync-helper.php on line 42\"", warning);
            Assert.Contains("WP_DEBUG_DISPLAY", warning);
        }

        [Fact]
        public async Task An_answer_cut_short_once_is_asked_for_again_like_a_dropped_connection()
        {
            var network = new StubHandler((request, n) => Answer(n == 2 ? Page.Substring(0, 25) : Page));
            using WooSession session = await ConnectAsync(network);

            var (items, _) = await ListAsync(session);

            Assert.Equal(2, items.Count);
            Assert.Equal(3, network.Requests.Count);
            Assert.Contains(_log.VerboseMessages, m => m.Contains("was cut off; retry 1 of 3"));
        }

        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public async Task An_answer_cut_short_every_time_is_an_error_that_says_so_and_not_that_permalinks_may_be_wrong(bool withFatalError)
        {
            var network = new StubHandler((request, n) => Answer(n == 1 ? "[]" : Page.Substring(0, 25) + (withFatalError ? Fatal : string.Empty)));
            using WooSession session = await ConnectAsync(network);

            var failure = await Assert.ThrowsAsync<WooApiException>(() => ListAsync(session));

            Assert.Equal(WooErrorCodes.AnswerCutShort.Code, failure.Code);
            Assert.Contains("was cut off", failure.Message);
            Assert.Contains("GET https://shop.example/wp-json/wc/v3/products", failure.Message);
            Assert.DoesNotContain("ermalink", failure.Message + failure.Hint);
            Assert.Equal(withFatalError, failure.Message.Contains("Fatal error: Allowed memory size of 134217728 bytes exhausted"));
            Assert.Equal(1 + 1 + 3, network.Requests.Count);
        }

        [Fact]
        public async Task A_create_whose_answer_is_cut_short_is_not_sent_again_and_the_error_says_it_may_have_happened()
        {
            var network = new StubHandler((request, n) => Answer(n == 1 ? "[]" : "{\"id\":7,\"name\":\"Ne"));
            using WooSession session = await ConnectAsync(network);

            var failure = await Assert.ThrowsAsync<WooApiException>(() => session.Resources.CreateAsync(WooResource.Products, new[] { new System.Collections.Generic.KeyValuePair<string, object?>("name", "New") }, _log, default));

            Assert.Equal(WooErrorCodes.AnswerCutShort.Code, failure.Code);
            Assert.Contains("may have done what was asked", failure.Message);
            Assert.DoesNotContain("also when asked again", failure.Message);
            Assert.Equal(2, network.Requests.Count);
        }

        [Fact]
        public async Task A_body_that_breaks_off_is_asked_for_again_and_when_it_persists_named_as_cut_off()
        {
            var network = new StubHandler((request, n) => n == 1
                ? Answer("[]")
                : new HttpResponseMessage(HttpStatusCode.OK) { Content = new BrokenOffContent() });
            using WooSession session = await ConnectAsync(network);

            var failure = await Assert.ThrowsAsync<WooApiException>(() => ListAsync(session));

            Assert.Equal(WooErrorCodes.AnswerCutShort.Code, failure.Code);
            Assert.Contains("broke off before it was complete", failure.Message);
            Assert.Equal(1 + 1 + 3, network.Requests.Count);
        }

        [Fact]
        public async Task A_lone_surrogate_in_a_name_costs_nothing_but_that_character()
        {
            var network = new StubHandler((request, n) => Answer("[{\"id\":1,\"name\":\"Broken \\ud83d Name\"},{\"id\":2,\"name\":\"Two\"}]"));
            using WooSession session = await ConnectAsync(network);

            var (items, unreadable) = await ListAsync(session);

            Assert.Equal(new[] { "Broken \uFFFD Name", "Two" }, items.Select(i => i["name"]));
            Assert.Empty(unreadable);
        }

        [Fact]
        public async Task Items_that_are_not_objects_are_errors_of_their_own_naming_the_request_and_the_rest_is_listed()
        {
            var network = new StubHandler((request, n) => Answer("[{\"id\":1},false,{\"id\":3}]"));
            using WooSession session = await ConnectAsync(network);

            var (items, unreadable) = await ListAsync(session);

            Assert.Equal(new long?[] { 1, 3 }, items.Select(i => i.Id));
            WooApiException problem = Assert.Single(unreadable);
            Assert.Equal(WooErrorCodes.UnreadableItem.Code, problem.Code);
            Assert.Contains("GET https://shop.example/wp-json/wc/v3/products", problem.Message);
            Assert.Contains("item 2 is false, not an object", problem.Message);
            Assert.True(problem.IsAboutOneItem);
        }

        [Fact]
        public async Task Json_spoiled_inside_is_a_WooPS_error_saying_where_and_not_that_permalinks_may_be_wrong()
        {
            byte[] spoiled = Encoding.UTF8.GetBytes("[{\"id\":1,\"name\":\"A\"},{\"id\":2 \"name\":\"B\"}]");
            var network = new StubHandler((request, n) => Answer(n == 1 ? Encoding.UTF8.GetBytes("[]") : spoiled));
            using WooSession session = await ConnectAsync(network);

            var failure = await Assert.ThrowsAsync<WooApiException>(() => ListAsync(session));

            Assert.Equal(WooErrorCodes.NotJson.Code, failure.Code);
            Assert.Contains("GET https://shop.example/wp-json/wc/v3/products", failure.Message);
            Assert.Contains("JSON that WooPS cannot read", failure.Message);
            Assert.DoesNotContain("ermalink", failure.Message + failure.Hint);
        }

        [Fact]
        public async Task A_list_where_an_item_is_expected_is_a_WooPS_error_naming_the_request()
        {
            var network = new StubHandler((request, n) => Answer(n == 1 ? "[]" : "[1,2]"));
            using WooSession session = await ConnectAsync(network);

            var failure = await Assert.ThrowsAsync<WooApiException>(() => session.Resources.GetAsync(WooResource.Products, 5, _log, default));

            Assert.Equal(WooErrorCodes.UnexpectedResponse.Code, failure.Code);
            Assert.Contains("GET https://shop.example/wp-json/wc/v3/products/5", failure.Message);
        }

        /// <summary>A body that stops with the connection after a few bytes.</summary>
        private sealed class BrokenOffContent : HttpContent
        {
            protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
            {
                await stream.WriteAsync(Encoding.UTF8.GetBytes("[{\"id\":1},"));
                throw new IOException("The response ended prematurely.");
            }

            protected override bool TryComputeLength(out long length)
            {
                length = -1;
                return false;
            }
        }
    }
}
