using System.Text;
using WooPS.Core.Json;

namespace WooPS.Tests.Json
{
    /// <summary>Finding the JSON in what real hosts send: byte order marks, PHP's notices, answers cut short.</summary>
    public class JsonAnswerTests
    {
        private const string Notice = "\n<br />\n<b>Warning</b>:  Undefined array key \"sku\" in <b>/var/www/html/wp-content/plugins/sync-helper/sync-helper.php</b> on line <b>42</b><br />\n";
        private const string Fatal = "<br />\n<b>Fatal error</b>:  Allowed memory size of 134217728 bytes exhausted (tried to allocate 20480 bytes) in <b>/var/www/html/wp-includes/class-wpdb.php</b> on line <b>2351</b><br />\n";
        private const string Products = "[{\"id\":10,\"name\":\"A\"},{\"id\":11,\"name\":\"B\"}]";

        private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

        private static byte[] WithBom(string text) => Encoding.UTF8.GetPreamble().Concat(Bytes(text));

        [Fact]
        public void Clean_json_is_read_with_nothing_to_report()
        {
            using JsonAnswer answer = JsonAnswer.Read(Bytes(Products));

            Assert.Equal(2, answer.Document!.RootElement.GetArrayLength());
            Assert.Null(answer.StrayOutput);
            Assert.False(answer.CutShort);
        }

        [Fact]
        public void Json_after_byte_order_marks_is_read()
        {
            byte[] twice = Encoding.UTF8.GetPreamble().Concat(WithBom(Products));

            using JsonAnswer answer = JsonAnswer.Read(twice);

            Assert.Equal(2, answer.Document!.RootElement.GetArrayLength());
            Assert.Null(answer.StrayOutput);
        }

        [Fact]
        public void A_php_warning_before_the_json_is_skipped_and_quoted_as_text()
        {
            using JsonAnswer answer = JsonAnswer.Read(Bytes(Notice + Products));

            Assert.Equal(2, answer.Document!.RootElement.GetArrayLength());
            Assert.Equal("Warning: Undefined array key \"sku\" in /var/www/html/wp-content/plugins/sync-helper/sync-helper.php on line 42", answer.StrayOutput);
        }

        [Fact]
        public void A_php_notice_after_the_json_is_skipped_too()
        {
            using JsonAnswer answer = JsonAnswer.Read(Bytes(Products + Notice));

            Assert.Equal(2, answer.Document!.RootElement.GetArrayLength());
            Assert.StartsWith("Warning: Undefined array key", answer.StrayOutput);
        }

        [Fact]
        public void Json_that_stops_half_way_is_cut_short()
        {
            byte[] body = Bytes(Products.Substring(0, 20));

            using JsonAnswer answer = JsonAnswer.Read(body);

            Assert.Null(answer.Document);
            Assert.True(answer.CutShort);
            Assert.True(JsonAnswer.IsCutShort(new System.IO.MemoryStream(body)));
        }

        [Fact]
        public void Json_broken_off_by_a_php_fatal_error_is_cut_short_and_quotes_it()
        {
            byte[] body = Bytes(Products.Substring(0, 20) + Fatal);

            using JsonAnswer answer = JsonAnswer.Read(body);

            Assert.True(answer.CutShort);
            Assert.StartsWith("Fatal error: Allowed memory size of 134217728 bytes exhausted", answer.StrayOutput);
            Assert.True(JsonAnswer.IsCutShort(new System.IO.MemoryStream(body)));
        }

        [Fact]
        public void An_html_page_is_not_json_even_with_json_in_its_script()
        {
            byte[] page = Bytes("<!DOCTYPE html><html><head><script>var settings = {\"a\":1};</script></head><body>Log in</body></html>");

            using JsonAnswer answer = JsonAnswer.Read(page);

            Assert.Null(answer.Document);
            Assert.False(answer.CutShort);
            Assert.False(JsonAnswer.IsCutShort(new System.IO.MemoryStream(page)));
        }

        [Fact]
        public void Json_broken_inside_says_where_and_is_not_taken_for_cut_short()
        {
            byte[] body = Bytes("[{\"id\":1,\"name\":\"A\"},{\"id\":2,\"name\":\"B\"").Concat(new byte[] { 0xFF, (byte)'}', (byte)']' });

            using JsonAnswer answer = JsonAnswer.Read(body);

            Assert.Null(answer.Document);
            Assert.False(answer.CutShort);
            Assert.Contains("BytePositionInLine", answer.Flaw);
        }

        [Fact]
        public void A_theme_page_full_of_braces_is_not_json_and_not_cut_short()
        {
            var page = new StringBuilder("<!DOCTYPE html><html><head><style>");
            while (page.Length < 63 * 1024)
            {
                page.Append(".a{b:c} [d]{e:f}\n");
            }

            byte[] body = Bytes(page.Append("</style></head><body>Not found</body></html>").ToString());

            using JsonAnswer answer = JsonAnswer.Read(body);

            Assert.Null(answer.Document);
            Assert.False(answer.CutShort);
            Assert.Null(answer.Flaw);
            Assert.False(JsonAnswer.IsCutShort(new System.IO.MemoryStream(body)));
        }

        [Fact]
        public void Complete_answers_and_empty_bodies_are_not_cut_short()
        {
            Assert.False(JsonAnswer.IsCutShort(new System.IO.MemoryStream(Bytes(Products))));
            Assert.False(JsonAnswer.IsCutShort(new System.IO.MemoryStream(Bytes(Products + "\n"))));
            Assert.False(JsonAnswer.IsCutShort(new System.IO.MemoryStream(Bytes(Notice + Products + Notice))));
            Assert.False(JsonAnswer.IsCutShort(new System.IO.MemoryStream(new byte[0])));
        }
    }

    internal static class ByteArrays
    {
        public static byte[] Concat(this byte[] first, byte[] second)
        {
            var joined = new byte[first.Length + second.Length];
            first.CopyTo(joined, 0);
            second.CopyTo(joined, first.Length);
            return joined;
        }
    }
}
