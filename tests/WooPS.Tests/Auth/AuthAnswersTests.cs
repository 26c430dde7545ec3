using WooPS.Core.Auth;

namespace WooPS.Tests.Auth
{
    /// <summary>WooCommerce's authentication answers, told apart in one place (captures 10–13, 18–19, 42–46). Enum names as text: the enums are internal.</summary>
    public class AuthAnswersTests
    {
        [Theory]
        [InlineData(200, null, null, nameof(AuthAnswer.Accepted), nameof(AuthVerdict.Accepted))]
        [InlineData(401, "woocommerce_rest_cannot_view", "Sorry, you cannot list resources.", nameof(AuthAnswer.Anonymous), nameof(AuthVerdict.Anonymous))]
        [InlineData(401, "woocommerce_rest_authentication_error", "Consumer key is invalid.", nameof(AuthAnswer.UnknownKey), nameof(AuthVerdict.Rejected))]
        [InlineData(401, "woocommerce_rest_authentication_error", "Consumer secret is invalid.", nameof(AuthAnswer.WrongSecret), nameof(AuthVerdict.Rejected))]
        [InlineData(401, "woocommerce_rest_authentication_error", "Invalid signature - provided signature does not match.", nameof(AuthAnswer.SignatureRejected), nameof(AuthVerdict.SignatureRejected))]
        [InlineData(401, "woocommerce_rest_authentication_error", "Invalid timestamp.", nameof(AuthAnswer.StaleTimestamp), nameof(AuthVerdict.Rejected))]
        [InlineData(401, "woocommerce_rest_authentication_error", "Invalid nonce - nonce has already been used.", nameof(AuthAnswer.NonceReused), nameof(AuthVerdict.Rejected))]
        [InlineData(401, "woocommerce_rest_authentication_error", "The API key provided does not have write permissions.", nameof(AuthAnswer.NoPermission), nameof(AuthVerdict.Accepted))]
        [InlineData(401, "woocommerce_rest_authentication_error", "The API key provided does not have read permissions.", nameof(AuthAnswer.NoPermission), nameof(AuthVerdict.Accepted))]
        [InlineData(403, "woocommerce_rest_cannot_batch", "Sorry, you are not allowed to batch manipulate this resource.", nameof(AuthAnswer.UserRefused), nameof(AuthVerdict.Accepted))]
        [InlineData(401, "rest_forbidden", "Sorry, you are not allowed to do that.", nameof(AuthAnswer.OtherRefusal), nameof(AuthVerdict.Rejected))]
        [InlineData(404, "woocommerce_rest_product_invalid_id", "Invalid ID.", nameof(AuthAnswer.NotAboutKey), nameof(AuthVerdict.Inconclusive))]
        [InlineData(503, null, null, nameof(AuthAnswer.NotAboutKey), nameof(AuthVerdict.Inconclusive))]
        [InlineData(403, null, null, nameof(AuthAnswer.NotAboutKey), nameof(AuthVerdict.Inconclusive))]
        public void Each_answer_has_one_meaning_and_one_verdict(int status, string? code, string? message, string expected, string verdict)
        {
            AuthAnswer answer = AuthAnswers.Classify(status, code, message);

            Assert.Equal(expected, answer.ToString());
            Assert.Equal(verdict, AuthAnswers.VerdictOf(answer).ToString());
        }
    }
}
