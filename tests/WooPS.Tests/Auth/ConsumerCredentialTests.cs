using WooPS.Core;
using WooPS.Core.Auth;

namespace WooPS.Tests.Auth
{
    public class ConsumerCredentialTests
    {
        private const string Key = "ck_27182e353124dbbf8e046a7a86c55202a4bda217";
        private const string Secret = "cs_dd224d1a051a6ac4a728e00bdcd64eeb745ef3d7";

        [Fact]
        public void Trims_pasted_whitespace_and_shows_only_the_last_7_characters_of_the_key()
        {
            ConsumerCredential credential = ConsumerCredential.Create("  " + Key + "\n", "\t" + Secret + " ");

            Assert.Equal("…4bda217", credential.KeyEnding);
            Assert.Equal("…4bda217", credential.ToString());
        }

        [Theory]
        [InlineData(Secret, Key, "swapped")]
        [InlineData(Secret, Secret, "that is a consumer secret, pasted where the key belongs")]
        [InlineData(Key, Key, "that is a consumer key, pasted where the secret belongs")]
        [InlineData("ck_27182e353124dbbf8e046a7a86c55202a4bda21", Secret, "has 39 characters after ck_")]
        [InlineData("ck_27182E353124DBBF8E046A7A86C55202A4BDA217", Secret, "other than 0-9 and a-f")]
        [InlineData("\"ck_27182e353124dbbf8e046a7a86c55202a4bda217\"", Secret, "quotes")]
        [InlineData("ck_27182e353124dbbf8e046 a7a86c55202a4bda217", Secret, "white space inside")]
        [InlineData("", Secret, "consumer key is empty")]
        [InlineData("27182e353124dbbf8e046a7a86c55202a4bda217", Secret, "does not start with ck_")]
        public void Names_what_is_wrong_with_a_malformed_key_and_never_quotes_the_secret(string key, string secret, string expected)
        {
            var failure = Assert.Throws<WooApiException>(() => ConsumerCredential.Create(key, secret));

            Assert.Equal("woops_malformed_key", failure.Code);
            Assert.Contains(expected, failure.Message);
            Assert.DoesNotContain(Secret, failure.Message);
            Assert.DoesNotContain(Secret.Substring(3), failure.Message + failure.Hint);
        }
    }
}
