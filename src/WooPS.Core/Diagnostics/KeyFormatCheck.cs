using System.Collections.Generic;
using System.Linq;
using WooPS.Core.Auth;

namespace WooPS.Core.Diagnostics
{
    /// <summary>
    /// Check 1: the key and secret look like WooCommerce's. White space or quotes pasted around them are named
    /// (other tools would send them along), then removed so the remaining checks can still run.
    /// </summary>
    internal static class KeyFormatCheck
    {
        public static KeyFinding Check(KeyMaterial material, out ConsumerCredential? credential)
        {
            var notes = new List<string>();
            string key = Clean(material.RawKey, "consumer key", notes);
            string secret = Clean(material.RawSecret, "consumer secret", notes);
            IReadOnlyList<string> problems = CredentialShape.Problems(key, secret);
            if (problems.Count > 0)
            {
                credential = null;
                return new KeyFinding(KeyCheckNames.KeyFormat, FindingResult.Fail, string.Join(" ", notes.Concat(problems)), KeyAdvice.CopyAgain);
            }

            credential = ConsumerCredential.Create(key, secret);
            if (notes.Count > 0)
            {
                return new KeyFinding(
                    KeyCheckNames.KeyFormat,
                    FindingResult.Warn,
                    string.Join(" ", notes) + " The checks below ran without it; other tools send it along and the store rejects the key.",
                    "Fix the value where it is kept (script, environment variable, secret vault).");
            }

            return new KeyFinding(KeyCheckNames.KeyFormat, FindingResult.Pass, $"Key {credential.KeyEnding} and its secret have the shape WooCommerce makes: ck_ and cs_ with 40 hexadecimal digits.");
        }

        public static KeyFinding FromSession(ConsumerCredential credential) =>
            new KeyFinding(KeyCheckNames.KeyFormat, FindingResult.Pass, $"Key {credential.KeyEnding} of the session, checked when it connected.");

        private static string Clean(string raw, string what, List<string> notes)
        {
            string value = raw.Trim();
            if (value.Length != raw.Length && value.Length > 0)
            {
                notes.Add($"The {what} has white space around it (a space, tab or line break).");
            }

            if (value.Length >= 2 && (value[0] == '"' || value[0] == '\'') && value[value.Length - 1] == value[0])
            {
                value = value.Substring(1, value.Length - 2).Trim();
                notes.Add($"The {what} is wrapped in quotes.");
            }

            return value;
        }
    }
}
