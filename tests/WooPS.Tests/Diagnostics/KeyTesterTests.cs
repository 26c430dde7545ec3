using System;
using System.Linq;
using System.Threading.Tasks;
using WooPS.Core;
using WooPS.Core.Auth;
using WooPS.Core.Diagnostics;
using WooPS.FakeStore;
using WooPS.Tests.Support;

namespace WooPS.Tests.Diagnostics
{
    /// <summary>Test-WooKey's findings for the situations real stores are in, played by the fake store.</summary>
    public class KeyTesterTests : StoreTests
    {
        private Task<KeyTestResult> TestAsync(FakeKey key, bool https = true, KeyPermission? required = null) =>
            TestAsync(https ? Store.HttpsUrl : Store.HttpUrl, new KeyMaterial(key.Key, key.Secret), required);

        private Task<KeyTestResult> TestAsync(Uri url, KeyMaterial key, KeyPermission? required = null) =>
            KeyTester.TestAsync(
                new KeyTestOptions(url.AbsoluteUri, key) { SkipCertificateCheck = true, TimeoutSec = 20, Required = required, RetryPolicy = NoWaitRetries },
                Log,
                default);

        private static KeyFinding Finding(KeyTestResult result, string name) => result.Checks.Single(c => c.Name == name);

        private void AssertSecretNowhere(KeyTestResult result, string secret)
        {
            string shown = string.Join("\n", result.Checks.Select(c => c.Message + c.Hint)) + result + string.Join("\n", Log.All);
            Assert.DoesNotContain(secret.Substring(3), shown);
        }

        /// <summary>The checklist never says OK to something that depends on a check that failed before it.</summary>
        private static void AssertNothingPassesAfterAFailure(KeyTestResult result) =>
            Assert.All(
                result.Checks.SkipWhile(c => c.Result != FindingResult.Fail),
                c => Assert.True(c.Result == FindingResult.Fail || c.Result == FindingResult.Skipped, $"{c.Name}: {c.Result} after a failed check"));

        [Fact]
        public async Task A_read_write_key_passes_every_check_and_may_read_and_write()
        {
            KeyTestResult result = await TestAsync(Store.Keys.ReadWrite);

            Assert.True(result.Valid);
            Assert.Equal(KeyPermission.ReadWrite, result.Permission);
            Assert.True(result.CanRead && result.CanWrite);
            Assert.Equal("Basic", result.AuthMethod);
            Assert.Equal(KeyCheckNames.InOrder, result.Checks.Select(c => c.Name));
            Assert.All(result.Checks.Where(c => c.Name != KeyCheckNames.Encryption), c => Assert.Equal(FindingResult.Pass, c.Result));
            Assert.True(result.Allows(KeyPermission.ReadWrite));
            AssertSecretNowhere(result, Store.Keys.ReadWrite.Secret);
        }

        [Fact]
        public async Task A_read_key_is_Read_and_lacking_write_warns_unless_write_is_required()
        {
            KeyTestResult result = await TestAsync(Store.Keys.Read);
            KeyTestResult required = await TestAsync(Store.Keys.Read, required: KeyPermission.ReadWrite);

            Assert.Equal(KeyPermission.Read, result.Permission);
            Assert.False(result.CanWrite);
            Assert.Equal(FindingResult.Warn, Finding(result, KeyCheckNames.WritePermission).Result);
            Assert.Equal(FindingResult.Fail, Finding(required, KeyCheckNames.WritePermission).Result);
            Assert.True(result.Allows(KeyPermission.Read));
            Assert.False(result.Allows(KeyPermission.ReadWrite));
        }

        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public async Task A_write_key_is_Write_over_https_and_http(bool https)
        {
            KeyTestResult result = await TestAsync(Store.Keys.Write, https);

            Assert.True(result.Valid);
            Assert.Equal(KeyPermission.Write, result.Permission);
            Assert.False(result.CanRead);
            Assert.True(result.CanWrite);
            Assert.Contains("no read permission", Finding(result, KeyCheckNames.ReadPermission).Message);
        }

        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public async Task A_wrong_secret_is_named(bool https)
        {
            string wrong = "cs_" + new string('0', 40);

            KeyTestResult result = await TestAsync(https ? Store.HttpsUrl : Store.HttpUrl, new KeyMaterial(Store.Keys.ReadWrite.Key, wrong));

            Assert.False(result.Valid);
            Assert.Equal(KeyPermission.None, result.Permission);
            KeyFinding credentials = Finding(result, KeyCheckNames.Credentials);
            Assert.Equal(FindingResult.Fail, credentials.Result);
            Assert.Contains("secret is wrong", credentials.Message);
            Assert.Equal(FindingResult.Skipped, Finding(result, KeyCheckNames.ReadPermission).Result);
            AssertSecretNowhere(result, wrong);
        }

        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public async Task An_unknown_key_is_named(bool https)
        {
            KeyTestResult result = await TestAsync(https ? Store.HttpsUrl : Store.HttpUrl, new KeyMaterial("ck_" + new string('1', 40), "cs_" + new string('2', 40)));

            Assert.False(result.Valid);
            Assert.Contains("has no REST API key", Finding(result, KeyCheckNames.Credentials).Message);
        }

        [Fact]
        public async Task A_key_pasted_with_white_space_around_it_is_named_and_still_tested()
        {
            KeyTestResult result = await TestAsync(Store.HttpsUrl, new KeyMaterial(" " + Store.Keys.ReadWrite.Key + "\n", Store.Keys.ReadWrite.Secret));

            KeyFinding format = Finding(result, KeyCheckNames.KeyFormat);
            Assert.Equal(FindingResult.Warn, format.Result);
            Assert.Contains("consumer key has white space around it", format.Message);
            Assert.True(result.Valid);
        }

        [Fact]
        public async Task Swapped_key_and_secret_fail_the_format_check_and_the_key_is_not_tried()
        {
            KeyTestResult result = await TestAsync(Store.HttpsUrl, new KeyMaterial(Store.Keys.ReadWrite.Secret, Store.Keys.ReadWrite.Key));

            Assert.Contains("swapped", Finding(result, KeyCheckNames.KeyFormat).Message);
            Assert.Equal(FindingResult.Pass, Finding(result, KeyCheckNames.WooCommerceRestApi).Result);
            Assert.Equal(FindingResult.Skipped, Finding(result, KeyCheckNames.Credentials).Result);
            Assert.DoesNotContain(Store.Requests, r => r.PathAndQuery.Contains("/products"));
            AssertSecretNowhere(result, Store.Keys.ReadWrite.Secret);
        }

        [Fact]
        public async Task A_host_that_strips_the_Authorization_header_is_named_and_OAuth_is_used()
        {
            Store.Modes.StripAuthorization = true;

            KeyTestResult result = await TestAsync(Store.Keys.ReadWrite);

            Assert.True(result.Valid);
            Assert.Equal("OAuth1", result.AuthMethod);
            KeyFinding credentials = Finding(result, KeyCheckNames.Credentials);
            Assert.Equal(FindingResult.Warn, credentials.Result);
            Assert.Contains("strips the Authorization header", credentials.Message);
        }

        [Fact]
        public async Task A_TLS_terminating_proxy_is_named_and_OAuth_signed_for_http_is_used()
        {
            Store.Modes.TlsTerminatingProxy = true;

            KeyTestResult result = await TestAsync(Store.Keys.ReadWrite);

            Assert.True(result.Valid);
            Assert.Equal("OAuth1 (signed for http)", result.AuthMethod);
            Assert.Contains("TLS-terminating proxy", Finding(result, KeyCheckNames.Credentials).Message);
            Assert.Equal(KeyPermission.ReadWrite, result.Permission);
        }

        [Fact]
        public async Task Plain_permalinks_are_named_with_what_to_change()
        {
            Store.Modes.PlainPermalinks = true;

            KeyTestResult result = await TestAsync(Store.Keys.ReadWrite);

            KeyFinding rest = Finding(result, KeyCheckNames.WordPressRestApi);
            Assert.Equal(FindingResult.Fail, rest.Result);
            Assert.Contains("Plain permalinks", rest.Message);
            Assert.Contains("Settings → Permalinks", rest.Hint);
            Assert.Equal(FindingResult.Skipped, Finding(result, KeyCheckNames.Credentials).Result);
            Assert.False(result.Valid);
        }

        [Theory]
        [InlineData(WpJsonAnswer.LoginPage, "login page")]
        [InlineData(WpJsonAnswer.BlockPage, "block page from Wordfence")]
        [InlineData(WpJsonAnswer.HtmlPage, "an HTML page")]
        public async Task An_HTML_answer_at_wp_json_is_named_for_what_it_is(WpJsonAnswer answer, string named)
        {
            Store.Modes.WpJsonAnswer = answer;

            KeyTestResult result = await TestAsync(Store.Keys.ReadWrite);

            KeyFinding rest = Finding(result, KeyCheckNames.WordPressRestApi);
            Assert.Equal(FindingResult.Fail, rest.Result);
            Assert.Contains(named, rest.Message);
            Assert.NotNull(rest.Hint);
        }

        [Theory]
        [InlineData(20, "ahead of")]
        [InlineData(-20, "behind")]
        public async Task A_clock_more_than_15_minutes_off_is_named_with_the_difference(int storeMinutesBehind, string direction)
        {
            Store.Modes.ClockOffset = TimeSpan.FromMinutes(-storeMinutesBehind);

            KeyTestResult result = await TestAsync(Store.Keys.ReadWrite, https: false);

            KeyFinding credentials = Finding(result, KeyCheckNames.Credentials);
            Assert.Equal(FindingResult.Fail, credentials.Result);
            Assert.Contains($"is 20 min", credentials.Message);
            Assert.Contains(direction, credentials.Message);
        }

        [Fact]
        public async Task A_key_whose_user_may_not_edit_products_is_named()
        {
            KeyTestResult result = await TestAsync(Store.Keys.NoEditCapability);

            KeyFinding write = Finding(result, KeyCheckNames.WritePermission);
            Assert.Equal(FindingResult.Fail, write.Result);
            Assert.Contains("may not edit products", write.Message);
            Assert.Equal(KeyPermission.ReadWrite, result.Permission);
            Assert.False(result.CanWrite);
        }

        [Fact]
        public async Task A_redirect_is_named_with_the_address_to_use()
        {
            Store.Modes.RedirectTo = Store.HttpsUrl;

            KeyTestResult result = await TestAsync(Store.Keys.ReadWrite, https: false);

            KeyFinding reachable = Finding(result, KeyCheckNames.StoreReachable);
            Assert.Equal(FindingResult.Fail, reachable.Result);
            Assert.Contains(Store.HttpsUrl.AbsoluteUri.TrimEnd('/'), reachable.Hint);
            Assert.Contains("POST into a GET", reachable.Hint);
        }

        [Fact]
        public async Task An_unreachable_store_is_a_finding_not_an_error()
        {
            using var dead = new DeadAddress();

            KeyTestResult result = await TestAsync(dead.Url, new KeyMaterial(Store.Keys.ReadWrite.Key, Store.Keys.ReadWrite.Secret));

            Assert.Equal(FindingResult.Fail, Finding(result, KeyCheckNames.StoreReachable).Result);
            Assert.False(result.Valid);
        }

        [Fact]
        public async Task An_untrusted_certificate_fails_reachable_and_encryption_alike_and_nothing_after_passes()
        {
            KeyTestResult result = await KeyTester.TestAsync(
                new KeyTestOptions(Store.HttpsUrl.AbsoluteUri, new KeyMaterial(Store.Keys.ReadWrite.Key, Store.Keys.ReadWrite.Secret)) { RetryPolicy = NoWaitRetries },
                Log,
                default);

            Assert.Equal(FindingResult.Fail, Finding(result, KeyCheckNames.StoreReachable).Result);
            KeyFinding encryption = Finding(result, KeyCheckNames.Encryption);
            Assert.Equal(FindingResult.Fail, encryption.Result);
            Assert.DoesNotContain("trusts", encryption.Message.Replace("does not trust", string.Empty));
            AssertNothingPassesAfterAFailure(result);
            Assert.Equal("Not checked: Store reachable failed.", Finding(result, KeyCheckNames.Credentials).Message);
        }

        [Fact]
        public async Task An_https_store_that_does_not_answer_leaves_encryption_not_checked()
        {
            using var dead = new DeadAddress();
            var https = new UriBuilder(dead.Url) { Scheme = "https" }.Uri;

            KeyTestResult result = await TestAsync(https, new KeyMaterial(Store.Keys.ReadWrite.Key, Store.Keys.ReadWrite.Secret));

            Assert.Equal(FindingResult.Fail, Finding(result, KeyCheckNames.StoreReachable).Result);
            Assert.Equal(FindingResult.Skipped, Finding(result, KeyCheckNames.Encryption).Result);
            AssertNothingPassesAfterAFailure(result);
        }

        [Fact]
        public async Task A_failed_credential_check_leaves_the_permissions_not_checked_and_says_why()
        {
            KeyTestResult result = await TestAsync(Store.HttpsUrl, new KeyMaterial(Store.Keys.ReadWrite.Key, "cs_" + new string('0', 40)));

            Assert.Equal("Not checked: Credentials failed.", Finding(result, KeyCheckNames.ReadPermission).Message);
            Assert.Equal("Not checked: Credentials failed.", Finding(result, KeyCheckNames.WritePermission).Message);
        }

        [Fact]
        public async Task Plain_http_is_a_warning()
        {
            KeyTestResult result = await TestAsync(Store.Keys.ReadWrite, https: false);

            Assert.True(result.Valid);
            Assert.Equal("OAuth1", result.AuthMethod);
            Assert.Equal(FindingResult.Warn, Finding(result, KeyCheckNames.Encryption).Result);
        }

        [Fact]
        public async Task An_open_session_is_tested_with_its_own_key_and_settings()
        {
            using WooSession session = await ConnectAsync(Store.HttpUrl, Store.Keys.Read);

            KeyTestResult result = await KeyTester.TestAsync(KeyTestOptions.For(session), Log, default);

            Assert.Equal(KeyPermission.Read, result.Permission);
            Assert.Contains(session.KeyEnding, Finding(result, KeyCheckNames.KeyFormat).Message);
        }

        [Theory]
        [InlineData("read")]
        [InlineData("write")]
        [InlineData("read_write")]
        [InlineData("no_edit")]
        public async Task Nothing_it_sends_changes_the_store(string which)
        {
            FakeKey key = which switch { "read" => Store.Keys.Read, "write" => Store.Keys.Write, "no_edit" => Store.Keys.NoEditCapability, _ => Store.Keys.ReadWrite };
            string before = Store.CatalogFingerprint();

            await TestAsync(key);
            await TestAsync(key, https: false);

            Assert.Equal(before, Store.CatalogFingerprint());
            Assert.All(Store.Requests.Where(r => r.Method != "GET"), r =>
            {
                Assert.Equal("POST", r.Method);
                Assert.EndsWith("/wp-json/wc/v3/products/batch", r.PathAndQuery.Split('?')[0]);
                Assert.Equal("{}", r.Body);
            });
        }
    }
}
