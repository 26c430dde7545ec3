using System;
using WooPS.Core.Http;

namespace WooPS.Tests.Http
{
    public class RedactionTests
    {
        [Fact]
        public void Removes_keys_secrets_and_every_oauth_parameter_and_keeps_the_rest()
        {
            var uri = new Uri("https://shop.example/wp-json/wc/v3/products?per_page=100&consumer_key=ck_1&consumer_secret=cs_2&oauth_signature=abc&oauth_nonce=n&page=2");

            Assert.Equal("https://shop.example/wp-json/wc/v3/products?per_page=100&page=2", Redaction.Url(uri));
        }
    }
}
