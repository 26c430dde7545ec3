using System.Collections.Generic;
using System.Linq;

namespace WooPS.Core.Auth
{
    /// <summary>
    /// What WooCommerce's keys look like: "ck_" or "cs_" and 40 lowercase hex digits (a SHA-1 in hex).
    /// Problems are described without ever quoting the secret.
    /// </summary>
    public static class CredentialShape
    {
        private const int HexDigits = 40;

        public static IReadOnlyList<string> Problems(string key, string secret)
        {
            var problems = new List<string>();
            if (key.Length == 0)
            {
                problems.Add("The consumer key is empty.");
            }

            if (secret.Length == 0)
            {
                problems.Add("The consumer secret is empty.");
            }

            if (problems.Count > 0)
            {
                return problems;
            }

            if (key.StartsWith("cs_") && secret.StartsWith("ck_"))
            {
                problems.Add("The consumer key and the consumer secret are swapped: the key starts with ck_, the secret with cs_.");
                return problems;
            }

            if (key.StartsWith("cs_"))
            {
                problems.Add("The consumer key starts with cs_: that is a consumer secret, pasted where the key belongs.");
                return problems;
            }

            if (secret.StartsWith("ck_"))
            {
                problems.Add("The consumer secret starts with ck_: that is a consumer key, pasted where the secret belongs.");
                return problems;
            }

            AddShapeProblem(problems, "consumer key", "ck_", key);
            AddShapeProblem(problems, "consumer secret", "cs_", secret);
            return problems;
        }

        private static void AddShapeProblem(List<string> problems, string what, string prefix, string value)
        {
            if (value.Any(c => c == '"' || c == '\''))
            {
                problems.Add($"The {what} has quotes in it; paste it without them.");
                return;
            }

            if (value.Any(char.IsWhiteSpace))
            {
                problems.Add($"The {what} has white space inside it.");
                return;
            }

            if (!value.StartsWith(prefix))
            {
                problems.Add($"The {what} does not start with {prefix}.");
                return;
            }

            string digits = value.Substring(prefix.Length);
            if (digits.Length != HexDigits)
            {
                problems.Add($"The {what} has {digits.Length} characters after {prefix}; WooCommerce makes {HexDigits}.");
            }
            else if (!digits.All(IsLowerHex))
            {
                problems.Add($"The {what} has characters other than 0-9 and a-f after {prefix}.");
            }
        }

        private static bool IsLowerHex(char c) => (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
    }
}
