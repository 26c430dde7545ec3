using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;
using WooPS.FakeStore;

namespace WooPS.Tests.FakeStore
{
    /// <summary>GET settings/general/woocommerce_price_num_decimals as capture 67, its value from <see cref="FakeStoreOptions.PriceDecimals"/>.</summary>
    public class SettingTests : FakeStoreTests
    {
        private const string Path = "wp-json/wc/v3/settings/general/woocommerce_price_num_decimals";

        [Fact]
        public async Task The_price_decimals_setting_answers_as_capture_67()
        {
            Answer setting = await SendAsync(HttpMethod.Get, Path);

            string origin = Origin.Replace("/", "\\/");
            Assert.Equal(HttpStatusCode.OK, setting.Status);
            Assert.Equal(
                "{\"id\":\"woocommerce_price_num_decimals\",\"label\":\"Number of decimals\",\"description\":\"This sets the number of decimal points shown in displayed prices.\","
                + "\"type\":\"number\",\"default\":\"2\",\"tip\":\"This sets the number of decimal points shown in displayed prices.\",\"value\":\"2\",\"group_id\":\"general\","
                + $"\"_links\":{{\"self\":[{{\"href\":\"{origin}\\/wp-json\\/wc\\/v3\\/settings\\/general\\/woocommerce_price_num_decimals\",\"targetHints\":{{\"allow\":[\"GET\",\"POST\",\"PUT\",\"PATCH\"]}}}}],"
                + $"\"collection\":[{{\"href\":\"{origin}\\/wp-json\\/wc\\/v3\\/settings\\/general\"}}]}}}}",
                setting.Text);
            Assert.Equal("GET, POST, PUT, PATCH", setting.Header("Allow"));
        }

        [Fact]
        public async Task Unknown_settings_and_groups_are_404_and_anonymous_requests_401()
        {
            Answer setting = await SendAsync(HttpMethod.Get, "wp-json/wc/v3/settings/general/woocommerce_nope");
            Answer group = await SendAsync(HttpMethod.Get, "wp-json/wc/v3/settings/nowhere/woocommerce_price_num_decimals");
            Answer anonymous = await GetAnonymousAsync(Path);

            Assert.Equal((HttpStatusCode.NotFound, "{\"code\":\"rest_setting_setting_invalid\",\"message\":\"Invalid setting.\",\"data\":{\"status\":404}}"), (setting.Status, setting.Text));
            Assert.Equal((HttpStatusCode.NotFound, "{\"code\":\"rest_setting_setting_group_invalid\",\"message\":\"Invalid setting group.\",\"data\":{\"status\":404}}"), (group.Status, group.Text));
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.Status);
        }

        [Fact]
        public async Task The_value_is_the_price_decimals_the_store_was_started_with()
        {
            await using WooPS.FakeStore.FakeStore store = await WooPS.FakeStore.FakeStore.StartAsync(new FakeStoreOptions { Products = 1, PriceDecimals = 0 });
            var request = new HttpRequestMessage(HttpMethod.Get, new Uri(store.HttpsUrl, Path));
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
                Convert.ToBase64String(Encoding.UTF8.GetBytes(store.Keys.ReadWrite.Key + ":" + store.Keys.ReadWrite.Secret)));

            Answer setting = await AnswerAsync(request);

            Assert.Equal("0", setting.Json.GetProperty("value").GetString());
            await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => WooPS.FakeStore.FakeStore.StartAsync(new FakeStoreOptions { PriceDecimals = -1 }));
        }
    }
}
