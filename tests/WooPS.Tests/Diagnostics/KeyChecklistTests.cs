using System.Collections.Generic;
using System.Linq;
using WooPS.Core.Diagnostics;

namespace WooPS.Tests.Diagnostics
{
    /// <summary>The checklist's text: wrapped between words at the width, never cutting a word a log would show cut.</summary>
    public class KeyChecklistTests
    {
        private static KeyTestResult Result(params KeyFinding[] checks) =>
            new KeyTestResult("https://shop.example.com", false, false, false, false, false, null, checks);

        private static readonly KeyFinding LongFailure = new KeyFinding(
            KeyCheckNames.StoreReachable,
            FindingResult.Fail,
            "The TLS connection to https://shop.example.com failed: The remote certificate is invalid because of errors in the certificate chain: UntrustedRoot",
            "The store's certificate is not trusted by this machine (self-signed, expired or for another name). A test store may skip the certificate check; a real shop never should.");

        [Theory]
        [InlineData(80)]
        [InlineData(120)]
        [InlineData(57)]
        public void Every_line_fits_the_width_and_the_words_are_whole(int width)
        {
            IReadOnlyList<string> lines = KeyChecklist.Lines(Result(LongFailure), width);

            Assert.All(lines, line => Assert.True(line.Length < width, $"{line.Length} >= {width}: {line}"));
            string[] words = lines.SelectMany(l => l.Split(' ')).Where(w => w.Length > 0).ToArray();
            foreach (string word in LongFailure.Message.Split(' ').Concat(LongFailure.Hint!.Split(' ')))
            {
                Assert.Contains(word, words);
            }
        }

        [Fact]
        public void Continuation_lines_line_up_under_the_message_and_the_hint()
        {
            IReadOnlyList<string> lines = KeyChecklist.Lines(Result(LongFailure), 80);

            int first = lines.ToList().FindIndex(l => l.StartsWith("[FAIL] Store reachable"));
            int hint = lines.ToList().FindIndex(l => l.TrimStart().StartsWith("-> "));
            Assert.True(hint > first + 1);
            Assert.All(lines.Skip(first + 1).Take(hint - first - 1), l => Assert.StartsWith(new string(' ', 29), l));
            Assert.All(lines.Skip(hint + 1), l => Assert.StartsWith(new string(' ', 32), l));
            Assert.Equal(29, lines[hint].IndexOf("->"));
        }

        [Fact]
        public void No_console_means_80_columns_and_a_word_longer_than_a_line_is_the_only_thing_cut()
        {
            string url = "https://" + new string('x', 100) + ".example.com";
            IReadOnlyList<string> lines = KeyChecklist.Lines(Result(new KeyFinding(KeyCheckNames.StoreReachable, FindingResult.Fail, "See " + url)), 0);

            Assert.All(lines, line => Assert.True(line.Length <= 79, line));
            Assert.Contains(lines, l => l.EndsWith("See"));
            Assert.Equal(url, string.Concat(lines.SkipWhile(l => !l.EndsWith("See")).Skip(1).Select(l => l.Trim())));
        }

        [Fact]
        public void Marks_say_what_each_result_is()
        {
            Assert.Equal("[ OK ]", KeyChecklist.Mark(FindingResult.Pass));
            Assert.Equal("[WARN]", KeyChecklist.Mark(FindingResult.Warn));
            Assert.Equal("[FAIL]", KeyChecklist.Mark(FindingResult.Fail));
            Assert.Equal("[ -- ]", KeyChecklist.Mark(FindingResult.Skipped));
        }
    }
}
