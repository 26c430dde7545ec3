using System;
using System.Globalization;
using System.Linq;

namespace WooPS.Binding
{
    /// <summary>
    /// How a cell's text becomes a value, strictly where PowerShell's own conversion would surprise: "false" is
    /// false (not a non-empty, true string), "12,50" is refused (not 1250), "4.5" is no whole number (not 4).
    /// </summary>
    internal static class CellText
    {
        private static readonly string[] True = { "true", "yes", "1", "$true" };
        private static readonly string[] False = { "false", "no", "0", "$false" };
        private static readonly string[] IsoDates = { "yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm" };

        public static bool Flag(string text) =>
            True.Contains(text, StringComparer.OrdinalIgnoreCase) ? true
            : False.Contains(text, StringComparer.OrdinalIgnoreCase) ? false
            : throw new FormatException($"'{text}' is not true or false (true, false, yes, no, 1 or 0).");

        public static long Whole(string text) =>
            long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long number)
                ? number
                : throw new FormatException($"'{text}' is not a whole number.");

        /// <summary>
        /// ISO 8601 (2026-12-24, 2026-12-24T08:00:00) wherever the text comes from; otherwise a date as this
        /// computer's culture writes it, which is how Export-Csv wrote it ("05/06/2026" is 5 June on en-GB,
        /// 6 May on en-US). PowerShell's own conversion would read it in the invariant (US) culture.
        /// </summary>
        public static DateTime Date(string text)
        {
            if (DateTime.TryParseExact(text, IsoDates, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime date)
                || DateTime.TryParse(text, CultureInfo.CurrentCulture, DateTimeStyles.None, out date))
            {
                return date;
            }

            throw new FormatException($"'{text}' is not a date: write it as 2026-12-24 or 2026-12-24T08:00:00, or as this computer's culture ({CultureName}) writes dates.");
        }

        /// <summary>
        /// A dot before the decimals and no thousands separators (1234.50); where this computer's culture writes
        /// decimals with a comma (de-DE: Export-Csv wrote 62,75), a comma before the decimals too. "1,234.50" and
        /// "1.234,50" are refused: which separator groups thousands cannot be told for sure.
        /// </summary>
        public static decimal Amount(string text)
        {
            const NumberStyles plain = NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign;
            NumberFormatInfo local = CultureInfo.CurrentCulture.NumberFormat;
            if (decimal.TryParse(text, plain, CultureInfo.InvariantCulture, out decimal amount)
                || (local.NumberDecimalSeparator == "," && text.IndexOf('.') < 0 && decimal.TryParse(text, plain, local, out amount)))
            {
                return amount;
            }

            throw new FormatException($"'{text}' is not an amount: write it with a dot before the decimals and no thousands separators, as 1234.50.");
        }

        /// <summary>The culture's name for messages: the invariant culture has none of its own.</summary>
        private static string CultureName => CultureInfo.CurrentCulture.Name.Length > 0 ? CultureInfo.CurrentCulture.Name : "invariant";

        /// <summary>Several values in one cell, separated by ';' (names may hold commas: "Home, Garden").</summary>
        public static string[] List(string text) =>
            Listed(text).Split(';').Select(part => part.Trim()).Where(part => part.Length > 0).ToArray();

        /// <summary>
        /// A cell meant to hold a list. Export-Csv writes a list as its type's name ("System.Object[]") and an object
        /// as PowerShell shows it ("@{id=16; …}"): such a cell names nothing, and read as a name or SKU it would
        /// fail with a message about the wrong thing.
        /// </summary>
        public static string Listed(string text) => IsExported(text) ? throw new FormatException(ExportedProblem) : text;

        /// <summary>Why a cell Export-Csv made of a list or an object is refused: it names nothing, and must never be sent.</summary>
        public const string ExportedProblem = "Export-Csv writes a list or an object as 'System.Object[]' or '@{…}', not the values in it: export with ConvertTo-WooFlat, which writes them as text that imports back (Get-WooProduct | ConvertTo-WooFlat | Export-Csv products.csv)";

        /// <summary>A cell Export-Csv wrote for a list ("System.Object[]") or an object ("@{id=16; …}").</summary>
        public static bool IsExported(string text)
        {
            string cell = text.Trim();
            return (cell.StartsWith("System.", StringComparison.Ordinal) && cell.EndsWith("[]", StringComparison.Ordinal)) || cell.StartsWith("@{", StringComparison.Ordinal);
        }
    }
}
