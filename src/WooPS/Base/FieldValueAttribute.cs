using System;
using System.Globalization;
using System.Linq;
using System.Management.Automation;

namespace WooPS.Base
{
    /// <summary>
    /// Reads a field of a write as a CSV cell or a typed value gives it. An empty cell means "leave the field as it
    /// is": it becomes null, which the write leaves out (clearing is asked for with -Clear). Text is read strictly,
    /// where PowerShell's own conversion would surprise: "false" is false (not a non-empty, true string), "12,50" is
    /// refused (not 1250), "4.5" is no stock quantity (not 4), and a value outside the field's choices is refused
    /// with the choices. Text PowerShell could not convert would otherwise leave the field out without an error.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property)]
    internal sealed class FieldValueAttribute : ArgumentTransformationAttribute
    {
        private static readonly string[] True = { "true", "yes", "1", "$true" };
        private static readonly string[] False = { "false", "no", "0", "$false" };

        private static readonly string[] IsoDates = { "yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm" };

        private readonly string[] _choices;

        public FieldValueAttribute(params string[] choices)
        {
            _choices = choices;
        }

        /// <summary>The field is true or false.</summary>
        public bool Flag { get; set; }

        /// <summary>The field is an amount (money, a weight): a dot before the decimals, no thousands separators.</summary>
        public bool Amount { get; set; }

        /// <summary>The field is a whole number (a stock quantity, an id): "4.5" is refused, not rounded.</summary>
        public bool Whole { get; set; }

        /// <summary>The field is a date: ISO 8601 (2026-12-24, 2026-12-24T08:00:00), or as this computer's culture writes dates.</summary>
        public bool Date { get; set; }

        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            object? value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
            bool fraction = value is double real ? real % 1 != 0 : value is float single ? single % 1 != 0 : value is decimal exact && exact % 1 != 0;
            if (Whole && fraction)
            {
                // PowerShell would round 4.5 to 4 on the way to a whole-number parameter.
                throw new ArgumentTransformationMetadataException($"{Convert.ToString(value, CultureInfo.InvariantCulture)} is not a whole number.");
            }

            if (!(value is string text))
            {
                return _choices.Length > 0 && value != null ? Choice(Convert.ToString(value, CultureInfo.InvariantCulture)!) : inputData;
            }

            text = text.Trim();
            if (text.Length == 0)
            {
                return null;
            }

            if (_choices.Length > 0)
            {
                return Choice(text);
            }

            if (Flag)
            {
                return True.Contains(text, StringComparer.OrdinalIgnoreCase) ? true
                    : False.Contains(text, StringComparer.OrdinalIgnoreCase) ? (object)false
                    : throw new ArgumentTransformationMetadataException($"'{text}' is not true or false (true, false, yes, no, 1 or 0).");
            }

            if (Whole)
            {
                return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long number)
                    ? number
                    : throw new ArgumentTransformationMetadataException($"'{text}' is not a whole number.");
            }

            if (Date)
            {
                return ReadDate(text);
            }

            if (Amount)
            {
                return ReadAmount(text);
            }

            return inputData;
        }

        /// <summary>
        /// ISO 8601 (2026-12-24, 2026-12-24T08:00:00) wherever the text comes from; otherwise a date as this
        /// computer's culture writes it, which is how Export-Csv wrote it ("05/06/2026" is 5 June on en-GB,
        /// 6 May on en-US). PowerShell's own conversion would read it in the invariant (US) culture.
        /// </summary>
        private static DateTime ReadDate(string text)
        {
            if (DateTime.TryParseExact(text, IsoDates, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime iso)
                || DateTime.TryParse(text, CultureInfo.CurrentCulture, DateTimeStyles.None, out iso))
            {
                return iso;
            }

            throw new ArgumentTransformationMetadataException($"'{text}' is not a date: write it as 2026-12-24 or 2026-12-24T08:00:00, or as this computer's culture ({CultureInfo.CurrentCulture.Name}) writes dates.");
        }

        /// <summary>
        /// A dot before the decimals and no thousands separators (1234.50); where this computer's culture writes
        /// decimals with a comma (de-DE: Export-Csv wrote 62,75), a comma before the decimals too. "1,234.50" and
        /// "1.234,50" are refused: which separator groups thousands cannot be told for sure.
        /// </summary>
        private static decimal ReadAmount(string text)
        {
            const NumberStyles plain = NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign;
            NumberFormatInfo local = CultureInfo.CurrentCulture.NumberFormat;
            if (decimal.TryParse(text, plain, CultureInfo.InvariantCulture, out decimal amount)
                || (local.NumberDecimalSeparator == "," && text.IndexOf('.') < 0 && decimal.TryParse(text, plain, local, out amount)))
            {
                return amount;
            }

            throw new ArgumentTransformationMetadataException($"'{text}' is not an amount: write it with a dot before the decimals and no thousands separators, as 1234.50.");
        }

        private string Choice(string given) =>
            _choices.FirstOrDefault(choice => string.Equals(choice, given.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentTransformationMetadataException($"'{given}' is not one of {string.Join(", ", _choices)}.");
    }
}
