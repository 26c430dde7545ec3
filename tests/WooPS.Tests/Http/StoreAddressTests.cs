using WooPS.Core;
using WooPS.Core.Http;

namespace WooPS.Tests.Http
{
    public class StoreAddressTests
    {
        [Theory]
        [InlineData("https://shop.example", "https://shop.example")]
        [InlineData("https://shop.example/", "https://shop.example")]
        [InlineData("  https://shop.example//  ", "https://shop.example")]
        [InlineData("shop.example", "https://shop.example")]
        [InlineData("https://example.com/shop/", "https://example.com/shop")]
        [InlineData("https://example.com/shop/wp-json/wc/v3/products?per_page=5", "https://example.com/shop")]
        [InlineData("https://shop.example/wp-json", "https://shop.example")]
        [InlineData("https://shop.example/WP-JSON/", "https://shop.example")]
        [InlineData("https://shop.example/?rest_route=/wc/v3/products", "https://shop.example")]
        [InlineData("http://127.0.0.1:18080", "http://127.0.0.1:18080")]
        [InlineData("https://shop.example:443/", "https://shop.example")]
        [InlineData("https://shop.example/wp-jsonx", "https://shop.example/wp-jsonx")]
        public void Normalises_what_users_paste(string pasted, string home)
        {
            Assert.Equal(home, StoreAddress.Parse(pasted).ToString());
        }

        [Fact]
        public void Routes_hang_off_wc_v3_below_the_home_address()
        {
            Assert.Equal("https://example.com/shop/wp-json/wc/v3/", StoreAddress.Parse("https://example.com/shop").ApiBase.AbsoluteUri);
        }

        [Theory]
        [InlineData("")]
        [InlineData("ftp://shop.example")]
        [InlineData("https://")]
        public void Refuses_what_is_not_a_store_address(string pasted)
        {
            Assert.Equal("woops_invalid_url", Assert.Throws<WooApiException>(() => StoreAddress.Parse(pasted)).Code);
        }
    }
}
