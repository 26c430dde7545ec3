using System;
using System.Collections.Generic;
using System.Text;

namespace WooPS.Core.Diagnostics
{
    /// <summary>
    /// The key test's result as the checklist people read: one line per check, what to do under each one that is
    /// not OK, wrapped between words to a width. PowerShell cuts a longer line at the width wherever it falls
    /// (mid-word, in a log at 80 columns), so no line is left for it to cut.
    /// </summary>
    public static class KeyChecklist
    {
        /// <summary>The width of a log or a redirected stream, where there is no console to measure.</summary>
        public const int DefaultWidth = 80;

        /// <summary>Narrower than this, the message column would be a word or two wide.</summary>
        public const int NarrowestWidth = 50;

        private const int NameWidth = 21;
        private const string HintMark = "-> ";
        private const string HeaderIndent = "            ";

        private static readonly int MessageColumn = Mark(FindingResult.Pass).Length + 1 + NameWidth + 1;

        /// <summary>
        /// The checklist's lines, none longer than <paramref name="width"/> - 1 (a line as wide as a console makes
        /// some consoles wrap by themselves). A width of 0 or less means no console: <see cref="DefaultWidth"/>.
        /// </summary>
        public static IReadOnlyList<string> Lines(KeyTestResult result, int width)
        {
            int room = (width <= 0 ? DefaultWidth : Math.Max(width, NarrowestWidth)) - 1;
            var lines = new List<string>();
            lines.AddRange(Wrap("Store       ", result.StoreUrl, HeaderIndent.Length, room));
            lines.Add($"Valid       {result.Valid}    Permission {result.Permission}    Auth {result.AuthMethod ?? "-"}");
            lines.Add(string.Empty);
            string indent = new string(' ', MessageColumn);
            foreach (KeyFinding check in result.Checks)
            {
                lines.AddRange(Wrap($"{Mark(check.Result)} {check.Name.PadRight(NameWidth)} ", check.Message, MessageColumn, room));
                if (check.Hint != null)
                {
                    lines.AddRange(Wrap(indent + HintMark, check.Hint, MessageColumn + HintMark.Length, room));
                }
            }

            return lines;
        }

        public static string Mark(FindingResult result) => result switch
        {
            FindingResult.Pass => "[ OK ]",
            FindingResult.Warn => "[WARN]",
            FindingResult.Fail => "[FAIL]",
            _ => "[ -- ]",
        };

        /// <summary>
        /// <paramref name="text"/> after <paramref name="first"/>, broken between words into lines of at most
        /// <paramref name="room"/> characters, the later ones indented by <paramref name="indent"/>. Only a word longer
        /// than a whole line (a long URL) is cut, at the line's end.
        /// </summary>
        internal static IEnumerable<string> Wrap(string first, string text, int indent, int room)
        {
            var line = new StringBuilder(first);
            int start = first.Length;
            foreach (string word in text.Split(new[] { ' ', '\n', '\r', '\t' }, StringSplitOptions.RemoveEmptyEntries))
            {
                bool lineHasWords = line.Length > start;
                if (lineHasWords && line.Length + 1 + word.Length > room)
                {
                    yield return line.ToString();
                    line.Clear().Append(' ', indent);
                    start = indent;
                    lineHasWords = false;
                }

                if (lineHasWords)
                {
                    line.Append(' ');
                }

                string rest = word;
                while (line.Length + rest.Length > room && room > line.Length)
                {
                    int fits = room - line.Length;
                    yield return line.Append(rest, 0, fits).ToString();
                    rest = rest.Substring(fits);
                    line.Clear().Append(' ', indent);
                    start = indent;
                }

                line.Append(rest);
            }

            yield return line.ToString();
        }
    }
}
