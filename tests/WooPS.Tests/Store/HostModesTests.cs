using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using WooPS.Core;
using WooPS.Core.Auth;
using WooPS.Core.Diagnostics;
using WooPS.Core.Json;
using WooPS.Core.Resources;
using WooPS.Core.Resources.Catalog;
using WooPS.FakeStore;
using WooPS.Tests.Support;

namespace WooPS.Tests.Store
{
    /// <summary>WooPS against the fake store's misbehaving hosts: every answer real hosts send ends in data or in a WooPS error that names it.</summary>
    public class HostModesTests : StoreTests
    {
        private Task<(List<WooRecord> Items, List<WooApiException> Unreadable)> ListAsync(WooSession session, int pageSize = 10, int firstPage = 1) =>
            Listing.CollectAsync(session, WooResource.Products, new ProductQuery { PageSize = pageSize, FirstPage = firstPage }, Log);

        [Fact]
        public async Task A_byte_order_mark_before_every_answer_changes_nothing()
        {
            Store.Modes.Utf8Bom = true;
            using WooSession session = await ConnectAsync(Store.HttpsUrl, Store.Keys.ReadWrite);

            var (items, _) = await ListAsync(session);
            var missing = await Assert.ThrowsAsync<WooApiException>(() => session.Resources.GetAsync(WooResource.Products, 999999, Log, default));

            Assert.Equal(25, items.Count);
            Assert.Equal("woocommerce_rest_product_invalid_id", missing.Code);
            Assert.Empty(Log.Warnings);
        }

        [Fact]
        public async Task A_php_warning_before_every_answer_is_skipped_and_quoted_once()
        {
            Store.Modes.PhpNotice = true;
            using WooSession session = await ConnectAsync(Store.HttpUrl, Store.Keys.ReadWrite);

            var (items, _) = await ListAsync(session);
            var missing = await Assert.ThrowsAsync<WooApiException>(() => session.Resources.GetAsync(WooResource.Products, 999999, Log, default));

            Assert.Equal(25, items.Count);
            Assert.Equal("woocommerce_rest_product_invalid_id", missing.Code);
            string warning = Assert.Single(Log.Warnings, w => w.Contains("PHP output"));
            Assert.Contains("Warning: Undefined array key \"sku\" in /var/www/html/wp-content/plugins/sync-helper/sync-helper.php on line 42", warning);
        }

        [Fact]
        public async Task An_answer_cut_short_once_is_fetched_again()
        {
            using WooSession session = await ConnectAsync(Store.HttpsUrl, Store.Keys.ReadWrite);
            Store.Modes.CutShortAnswers = 1;

            var (items, _) = await ListAsync(session);

            Assert.Equal(25, items.Count);
            Assert.Contains(Log.VerboseMessages, m => m.Contains("was cut off; retry 1"));
        }

        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public async Task Answers_always_cut_short_end_in_an_error_that_says_they_were_cut_off(bool fatal)
        {
            using WooSession session = await ConnectAsync(Store.HttpsUrl, Store.Keys.ReadWrite);
            Store.Modes.CutShortWithFatalError = fatal;
            Store.Modes.CutShortAnswers = int.MaxValue;

            var failure = await Assert.ThrowsAsync<WooApiException>(() => ListAsync(session));

            Assert.Equal(WooErrorCodes.AnswerCutShort.Code, failure.Code);
            Assert.Contains("was cut off", failure.Message);
            Assert.DoesNotContain("ermalink", failure.Message + failure.Hint);
            Assert.Equal(fatal, failure.Message.Contains("Fatal error: Allowed memory size of 134217728 bytes exhausted"));
        }

        [Fact]
        public async Task A_lone_surrogate_in_a_name_loses_one_character_and_no_product()
        {
            Store.Modes.LoneSurrogate = true;
            using WooSession session = await ConnectAsync(Store.HttpsUrl, Store.Keys.ReadWrite);

            var (items, unreadable) = await ListAsync(session);

            Assert.Equal(25, items.Count);
            Assert.Empty(unreadable);
            Assert.Equal("Broken \uFFFD Name", items[1]["name"]);
        }

        [Fact]
        public async Task An_item_that_is_not_an_object_is_an_error_of_its_own_and_the_listing_goes_on()
        {
            Store.Modes.NonObjectItem = true;
            using WooSession session = await ConnectAsync(Store.HttpsUrl, Store.Keys.ReadWrite);

            var (items, unreadable) = await ListAsync(session);

            Assert.Equal(25 - 3, items.Count);
            Assert.Equal(3, unreadable.Count);
            Assert.All(unreadable, u => Assert.Contains("item 2 is false, not an object", u.Message));
        }

        [Theory]
        [InlineData(PagingHeaders.Overstated, "announced")]
        [InlineData(PagingHeaders.Understated, "disagree")]
        [InlineData(PagingHeaders.Missing, null)]
        public async Task Paging_headers_that_misstate_the_store_lose_no_product(PagingHeaders headers, string? warned)
        {
            Store.Modes.PagingHeaders = headers;
            using WooSession session = await ConnectAsync(Store.HttpsUrl, Store.Keys.ReadWrite);
            Store.ClearRequests();

            var (items, _) = await ListAsync(session);

            Assert.Equal(25, items.Select(i => i.Id).Distinct().Count());
            // The 3 pages with products and the empty 4th (none without headers), and at most the listing's window
            // past them: pages already asked for when the empty one is handed on, as many as the limit let out.
            Assert.InRange(Store.Requests.Count, 3, 4 + (2 * session.MaxConcurrency));
            if (warned == null)
            {
                Assert.Empty(Log.Warnings);
            }
            else
            {
                Assert.Contains(Log.Warnings, w => w.Contains(warned));
            }
        }

        [Theory]
        [InlineData(RestRedirect.TrailingSlash, "trailing slash")]
        [InlineData(RestRedirect.RestRoute, "Plain")]
        [InlineData(RestRedirect.Login, "login page")]
        public async Task A_redirect_inside_the_store_is_named_by_Connect_and_by_the_key_test(RestRedirect redirect, string named)
        {
            Store.Modes.RestRedirect = redirect;

            var failure = await Assert.ThrowsAsync<WooApiException>(() => ConnectAsync(Store.HttpsUrl, Store.Keys.ReadWrite));
            KeyTestResult test = await KeyTester.TestAsync(
                new KeyTestOptions(Store.HttpsUrl.AbsoluteUri, new KeyMaterial(Store.Keys.ReadWrite.Key, Store.Keys.ReadWrite.Secret)) { SkipCertificateCheck = true, RetryPolicy = NoWaitRetries },
                Log,
                default);

            Assert.Equal(WooErrorCodes.Redirected.Code, failure.Code);
            Assert.Contains(named, failure.Message);
            Assert.Null(failure.Data["NewAddress"]);
            Assert.DoesNotContain(Store.HttpsUrl.AbsoluteUri.TrimEnd('/') + " as the store", failure.Hint);
            KeyFinding credentials = test.Checks.Single(c => c.Name == KeyCheckNames.Credentials);
            Assert.Equal(FindingResult.Fail, credentials.Result);
            Assert.Contains(named, credentials.Message);
        }

        [Fact]
        public async Task The_key_test_names_answers_cut_off_and_php_output()
        {
            Store.Modes.CutShortAnswers = int.MaxValue;
            KeyTestResult cut = await KeyTester.TestAsync(new KeyTestOptions(Store.HttpsUrl.AbsoluteUri, new KeyMaterial(Store.Keys.ReadWrite.Key, Store.Keys.ReadWrite.Secret)) { SkipCertificateCheck = true, RetryPolicy = NoWaitRetries }, Log, default);
            Store.Modes.CutShortAnswers = 0;
            Store.Modes.PhpNotice = true;
            KeyTestResult noisy = await KeyTester.TestAsync(new KeyTestOptions(Store.HttpsUrl.AbsoluteUri, new KeyMaterial(Store.Keys.ReadWrite.Key, Store.Keys.ReadWrite.Secret)) { SkipCertificateCheck = true, RetryPolicy = NoWaitRetries }, Log, default);

            KeyFinding read = cut.Checks.Single(c => c.Name == KeyCheckNames.ReadPermission);
            Assert.Equal(FindingResult.Fail, read.Result);
            Assert.Contains("cut off", read.Message);
            Assert.False(cut.CanRead);
            KeyFinding rest = noisy.Checks.Single(c => c.Name == KeyCheckNames.WordPressRestApi);
            Assert.Equal(FindingResult.Warn, rest.Result);
            Assert.Contains("Warning: Undefined array key", rest.Message);
            Assert.Equal(FindingResult.Warn, noisy.Checks.Single(c => c.Name == KeyCheckNames.ReadPermission).Result);
            Assert.True(noisy.Valid && noisy.CanRead);
        }

        [Fact]
        public async Task A_listing_that_starts_past_the_end_is_empty_and_quiet()
        {
            using WooSession session = await ConnectAsync(Store.HttpsUrl, Store.Keys.ReadWrite);

            var (items, _) = await ListAsync(session, pageSize: 10, firstPage: 100);

            Assert.Empty(items);
            Assert.Empty(Log.Warnings);
        }
    }
}
