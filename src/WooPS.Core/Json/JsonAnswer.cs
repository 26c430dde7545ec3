using System;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace WooPS.Core.Json
{
    /// <summary>
    /// The JSON in a store's answer, found the way real hosts send it: after UTF-8 byte order marks (a plugin file
    /// saved with one prints it before everything), and between what PHP printed around it (notices and warnings
    /// when WP_DEBUG_DISPLAY is on). A body whose JSON starts but stops before it is complete is cut short: the
    /// connection ended early, or PHP died half-way (a fatal error then follows the cut).
    /// </summary>
    internal sealed class JsonAnswer : IDisposable
    {
        // How far into a body WooPS looks for JSON behind PHP's output, and how many places there it tries, so a
        // large HTML page full of braces costs little.
        private const int LongestPreamble = 64 * 1024;
        private const int MostCandidates = 16;

        private static readonly Regex PhpMessage = new Regex(
            @"(Warning|Notice|Deprecated|Strict Standards|Fatal error|Parse error|Recoverable fatal error|Catchable fatal error)\s*(</b>)?\s*:",
            RegexOptions.CultureInvariant);

        private static readonly Regex Tags = new Regex("<[^>]*>", RegexOptions.CultureInvariant);
        private static readonly Regex Spaces = new Regex(@"\s+", RegexOptions.CultureInvariant);

        private JsonAnswer(JsonDocument? document, string? strayOutput, bool cutShort, string? flaw = null)
        {
            Document = document;
            StrayOutput = strayOutput;
            CutShort = cutShort;
            Flaw = flaw;
        }

        /// <summary>The JSON, or null when the body holds none that WooPS can read.</summary>
        public JsonDocument? Document { get; private set; }

        /// <summary>What PHP printed before or after the JSON (or after the cut), as plain text; null when nothing.</summary>
        public string? StrayOutput { get; }

        /// <summary>The JSON began but the body ended, or PHP's output took over, before it was complete.</summary>
        public bool CutShort { get; }

        /// <summary>Why a body that starts as JSON cannot be read (where it breaks), when it is neither cut short nor wrapped in PHP's output.</summary>
        public string? Flaw { get; }

        public static JsonAnswer Read(byte[] body)
        {
            int start = SkipByteOrderMarks(body);
            if (start < body.Length && IsJsonStart(body[start]))
            {
                try
                {
                    return new JsonAnswer(JsonDocument.Parse(body.AsMemory(start)), null, false);
                }
                catch (JsonException flaw)
                {
                    // Not clean JSON: look closer, and keep what was wrong in case nothing else explains it.
                    JsonAnswer examined = Examine(body, start);
                    return examined.Document != null || examined.CutShort ? examined : new JsonAnswer(null, null, false, flaw.Message);
                }
            }

            return Examine(body, start);
        }

        /// <summary>
        /// Whether a body is JSON that stops before it is complete. Cheap for a complete answer: JSON that WooPS
        /// reads always ends with a closing bracket, which is read off the end of the body; only a body that ends
        /// otherwise is read in full.
        /// </summary>
        public static bool IsCutShort(Stream body)
        {
            for (long position = body.Length - 1; position >= 0; position--)
            {
                body.Position = position;
                int last = body.ReadByte();
                if (!IsWhiteSpace((byte)last))
                {
                    if (last == '}' || last == ']')
                    {
                        return false;
                    }

                    break;
                }
            }

            var whole = new MemoryStream();
            body.Position = 0;
            body.CopyTo(whole);
            byte[] bytes = whole.ToArray();
            using JsonAnswer answer = Examine(bytes, SkipByteOrderMarks(bytes));
            return answer.CutShort;
        }

        /// <summary>What to do about answers cut short, in words for whoever can fix the host.</summary>
        public const string CutShortAdvice =
            "Something between PHP and this machine ends the store's answers early: PHP's memory_limit or max_execution_time, or a proxy's timeout or buffer. The site's PHP error log says which; smaller pages need less of both.";

        /// <summary>What to do about PHP's output around the JSON.</summary>
        public const string StrayOutputAdvice =
            "The site's owner should fix what it names and turn off WP_DEBUG_DISPLAY in wp-config.php (define('WP_DEBUG_DISPLAY', false);).";

        /// <summary>PHP's output as a message quotes it: in quotes, the first few hundred characters.</summary>
        public string? QuotedStrayOutput => StrayOutput == null ? null : "\"" + (StrayOutput.Length <= 300 ? StrayOutput : StrayOutput.Substring(0, 300) + "…") + "\"";

        /// <summary>The JSON, which the caller now owns and disposes.</summary>
        public JsonDocument TakeDocument()
        {
            JsonDocument document = Document ?? throw new InvalidOperationException("The answer holds no JSON.");
            Document = null;
            return document;
        }

        public void Dispose() => Document?.Dispose();

        private static JsonAnswer Examine(byte[] body, int start)
        {
            // JSON at the start that does not parse: cut short, or broken off where PHP's own output (a fatal error) begins.
            if (start < body.Length && IsJsonStart(body[start]))
            {
                return FromValueAt(body, start, start) ?? new JsonAnswer(null, null, false);
            }

            // Anything else before the JSON must be PHP's output, and the JSON comes after its first message: a page
            // that is not PHP's output is not searched for braces, and only a few are tried after the message.
            int last = Math.Min(body.Length, start + LongestPreamble);
            Match php = PhpMessage.Match(Bytewise(body, start, last - start));
            int tried = 0;
            for (int candidate = start + (php.Success ? php.Index : last); candidate < last && tried < MostCandidates; candidate++)
            {
                if (IsJsonStart(body[candidate]))
                {
                    tried++;
                    if (FromValueAt(body, candidate, start) is JsonAnswer found)
                    {
                        return found;
                    }
                }
            }

            return new JsonAnswer(null, null, false);
        }

        /// <summary>What the body holds if its JSON starts at <paramref name="candidate"/>, after PHP's output from <paramref name="start"/>; null if it does not start there.</summary>
        private static JsonAnswer? FromValueAt(byte[] body, int candidate, int start)
        {
            ValueExtent value = Measure(body, candidate);
            if (value.End > 0)
            {
                string trailer = Text(body, value.End, body.Length - value.End);
                return trailer.Length == 0 || LooksLikePhpOutput(trailer)
                    ? new JsonAnswer(JsonDocument.Parse(body.AsMemory(candidate, value.End - candidate)), Join(Text(body, start, candidate - start), trailer), false)
                    : null;
            }

            if (value.OutOfData)
            {
                return new JsonAnswer(null, Join(Text(body, start, candidate - start), string.Empty), true);
            }

            // The JSON breaks off where PHP's own output begins: PHP died half-way (memory, time limit).
            string rest = Text(body, value.FailedAt, body.Length - value.FailedAt);
            Match php = PhpMessage.Match(rest);
            return php.Success ? new JsonAnswer(null, Join(Text(body, start, candidate - start), rest.Substring(php.Index)), true) : null;
        }

        private static bool IsJsonStart(byte b) => b == '{' || b == '[';

        /// <summary>Bytes as characters one for one, so a match's index is a byte offset (PHP's messages are ASCII).</summary>
        private static string Bytewise(byte[] body, int offset, int count)
        {
            var chars = new char[count];
            for (int i = 0; i < count; i++)
            {
                chars[i] = (char)body[offset + i];
            }

            return new string(chars);
        }

        /// <summary>Where the JSON value starting at <paramref name="start"/> ends, or why it does not.</summary>
        private static ValueExtent Measure(byte[] body, int start)
        {
            var reader = new Utf8JsonReader(body.AsSpan(start), isFinalBlock: false, state: default);
            try
            {
                while (reader.Read())
                {
                    if (reader.CurrentDepth == 0 && (reader.TokenType == JsonTokenType.EndObject || reader.TokenType == JsonTokenType.EndArray))
                    {
                        return new ValueExtent(start + (int)reader.BytesConsumed, 0, false);
                    }
                }

                return new ValueExtent(0, 0, true);
            }
            catch (JsonException)
            {
                return new ValueExtent(0, start + (int)reader.BytesConsumed, false);
            }
        }

        private static int SkipByteOrderMarks(byte[] body)
        {
            int start = 0;
            while (true)
            {
                if (start + 2 < body.Length && body[start] == 0xEF && body[start + 1] == 0xBB && body[start + 2] == 0xBF)
                {
                    start += 3;
                }
                else if (start < body.Length && IsWhiteSpace(body[start]))
                {
                    start++;
                }
                else
                {
                    return start;
                }
            }
        }

        private static bool IsWhiteSpace(byte b) => b == ' ' || b == '\t' || b == '\r' || b == '\n';

        private static bool LooksLikePhpOutput(string text) => PhpMessage.IsMatch(text);

        /// <summary>Output as a person would read it on the page: without tags or runs of white space.</summary>
        private static string Text(byte[] body, int offset, int count)
        {
            string html = Encoding.UTF8.GetString(body, offset, Math.Max(0, count));
            return Spaces.Replace(Tags.Replace(html, string.Empty), " ").Trim();
        }

        private static string? Join(string preamble, string trailer)
        {
            string joined = (preamble + " " + trailer).Trim();
            return joined.Length == 0 ? null : joined;
        }

        /// <param name="End">Where the value ends (exclusive), 0 when it does not.</param>
        /// <param name="FailedAt">Where reading failed, when it did.</param>
        /// <param name="OutOfData">The body ended inside the value.</param>
        private readonly record struct ValueExtent(int End, int FailedAt, bool OutOfData);
    }
}
