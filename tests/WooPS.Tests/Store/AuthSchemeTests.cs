using System;
using System.Linq;
using System.Threading.Tasks;
using WooPS.Core;
using WooPS.Core.Auth;
using WooPS.Tests.Support;

namespace WooPS.Tests.Store
{
    /// <summary>Every scheme end to end against the fake store, with WooCommerce's scheme rules.</summary>
    public class AuthSchemeTests : StoreTests
    {
        [Theory]
        [InlineData(true, AuthMethod.Basic, "Basic")]
        [InlineData(true, AuthMethod.QueryString, "QueryString")]
        [InlineData(true, AuthMethod.OAuth1, "OAuth1")]
        [InlineData(true, AuthMethod.Auto, "Basic")]
        [InlineData(false, AuthMethod.OAuth1, "OAuth1")]
        [InlineData(false, AuthMethod.Auto, "OAuth1")]
        public async Task Each_scheme_reads_products(bool https, AuthMethod method, string inUse)
        {
            using WooSession session = await ConnectAsync(https ? Store.HttpsUrl : Store.HttpUrl, Store.Keys.ReadWrite, method);

            var products = await ListAllAsync(session);
            var one = await session.Resources.GetAsync(WooPS.Core.Resources.WooResource.Products, products[0].Id!.Value, Log, default);

            Assert.Equal(inUse, session.AuthMethod);
            Assert.Equal(25, products.Count);
            Assert.Equal(products[0].Id, one.Id);
        }

        [Fact]
        public async Task Over_http_every_request_is_signed_and_nothing_secret_crosses_the_network()
        {
            using (WooSession session = await ConnectAsync(Store.HttpUrl, Store.Keys.ReadWrite))
            {
                var products = await ListAllAsync(session);
                await session.Resources.GetAsync(WooPS.Core.Resources.WooResource.Products, products[0].Id!.Value, Log, default);
            }

            var plain = Store.Requests.Where(r => r.Scheme == "http").ToList();
            Assert.NotEmpty(plain);
            Assert.All(plain, r => Assert.Contains("oauth_signature=", r.PathAndQuery));
            Assert.All(plain, r => Assert.DoesNotContain(r.Headers.Keys, h => h.Equals("Authorization", StringComparison.OrdinalIgnoreCase)));
            Assert.DoesNotContain(WireTextOf(plain), text => text.Contains(Store.Keys.ReadWrite.Secret.Substring(3)));
        }

        [Theory]
        [InlineData(AuthMethod.Basic)]
        [InlineData(AuthMethod.QueryString)]
        public async Task Refuses_to_send_Basic_or_query_string_credentials_over_plain_http(AuthMethod method)
        {
            var failure = await Assert.ThrowsAsync<WooApiException>(() => ConnectAsync(Store.HttpUrl, Store.Keys.ReadWrite, method));

            Assert.Equal("woops_insecure_auth", failure.Code);
            Assert.Empty(Store.Requests);
        }

        [Fact]
        public async Task A_wrong_secret_is_named_as_such()
        {
            var credential = ConsumerCredential.Create(Store.Keys.ReadWrite.Key, "cs_" + new string('0', 40));

            var failure = await Assert.ThrowsAsync<WooApiException>(() => WooSession.ConnectAsync(Options(Store.HttpsUrl, credential), Log, default));

            Assert.Equal("woops_wrong_secret", failure.Code);
            Assert.Contains(Store.Keys.ReadWrite.Key.Substring(36), failure.Message);
            Assert.NotNull(failure.Hint);
        }

        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public async Task An_unknown_key_is_named_as_such_over_https_and_http(bool https)
        {
            var credential = ConsumerCredential.Create("ck_" + new string('1', 40), "cs_" + new string('2', 40));

            var failure = await Assert.ThrowsAsync<WooApiException>(() => WooSession.ConnectAsync(Options(https ? Store.HttpsUrl : Store.HttpUrl, credential), Log, default));

            Assert.Equal("woops_unknown_key", failure.Code);
        }

        [Fact]
        public async Task Over_http_a_wrong_secret_shows_as_a_rejected_signature()
        {
            var credential = ConsumerCredential.Create(Store.Keys.ReadWrite.Key, "cs_" + new string('0', 40));

            var failure = await Assert.ThrowsAsync<WooApiException>(() => WooSession.ConnectAsync(Options(Store.HttpUrl, credential), Log, default));

            Assert.Equal("woops_signature_rejected", failure.Code);
        }

        [Fact]
        public async Task A_write_only_key_connects_with_a_warning()
        {
            using WooSession session = await ConnectAsync(Store.HttpsUrl, Store.Keys.Write);

            Assert.Equal("Basic", session.AuthMethod);
            Assert.Contains(Log.Warnings, w => w.Contains("no read permission"));
        }

        [Fact]
        public async Task A_read_key_connects()
        {
            using WooSession session = await ConnectAsync(Store.HttpsUrl, Store.Keys.Read);

            Assert.Empty(Log.Warnings);
        }

        [Fact]
        public async Task SkipValidation_sends_nothing_and_Auto_settles_on_first_use()
        {
            var options = Options(Store.HttpsUrl, CredentialOf(Store.Keys.ReadWrite));
            options.SkipValidation = true;
            using WooSession session = await WooSession.ConnectAsync(options, Log, default);
            Assert.Empty(Store.Requests);
            Assert.Equal("Auto", session.AuthMethod);

            await ListAllAsync(session);

            Assert.Equal("Basic", session.AuthMethod);
        }

        [Fact]
        public async Task The_session_shows_url_method_version_and_key_ending_and_nothing_secret()
        {
            using WooSession session = await ConnectAsync(Store.HttpsUrl, Store.Keys.ReadWrite);

            Assert.Equal(Store.HttpsUrl.AbsoluteUri.TrimEnd('/'), session.StoreUrl);
            Assert.Equal("wc/v3", session.ApiVersion);
            Assert.Equal("…" + Store.Keys.ReadWrite.Key.Substring(36), session.KeyEnding);
            string shown = string.Join("|", typeof(WooSession).GetProperties().Where(p => p.GetMethod!.IsPublic).Select(p => p.GetValue(session)?.ToString())) + session;
            Assert.DoesNotContain(Store.Keys.ReadWrite.Secret, shown);
            Assert.DoesNotContain(Store.Keys.ReadWrite.Key, shown);
        }
    }
}
