using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace WooPS.Core.Json
{
    /// <summary>
    /// Writes request bodies by the rules of <see cref="WooFields"/>, the inverse of <see cref="WooJson"/>: money,
    /// weights and dimensions go as culture-invariant strings; null money and dates as <c>""</c>, which is how
    /// WooCommerce clears them; a date in a <c>*_gmt</c> field as UTC; a date elsewhere in the site's time when its
    /// kind is unspecified (as the reader returns them), else with its offset, which WooCommerce converts.
    /// </summary>
    internal static class WooJsonWriter
    {
        /// <summary>One field's value as it would go in a body: for telling whether two rows say the same thing.</summary>
        public static string TextOf(string name, object? value)
        {
            try
            {
                return System.Text.Encoding.UTF8.GetString(Write(new[] { new KeyValuePair<string, object?>(name, value) }));
            }
            catch (ArgumentException)
            {
                return value?.ToString() ?? string.Empty;
            }
        }

        public static byte[] Write(IEnumerable<KeyValuePair<string, object?>> fields)
        {
            using var buffer = new MemoryStream();
            // Relaxed: '+' of an offset and '&' of a name go as they are (PHP reads either form; people read this one).
            using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                WriteObject(writer, fields);
            }

            return buffer.ToArray();
        }

        /// <summary>
        /// A whole body that need not be an object: an array too (a plugin's route may take one), each value written by
        /// the rules of the field it is in.
        /// </summary>
        /// <param name="value">Fields (name/value pairs or a dictionary), or a list of values.</param>
        public static byte[] WriteDocument(object value)
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                WriteValue(writer, string.Empty, value);
            }

            return buffer.ToArray();
        }

        private static void WriteObject(Utf8JsonWriter writer, IEnumerable<KeyValuePair<string, object?>> fields)
        {
            writer.WriteStartObject();
            foreach (KeyValuePair<string, object?> field in fields)
            {
                writer.WritePropertyName(field.Key);
                WriteValue(writer, field.Key, field.Value);
            }

            writer.WriteEndObject();
        }

        /// <param name="name">The field the value belongs to (for the items of a list, the list's), which decides its form.</param>
        private static void WriteValue(Utf8JsonWriter writer, string name, object? value)
        {
            switch (value)
            {
                case null:
                    if (WooFields.IsMoney(name) || WooFields.IsDate(name))
                    {
                        writer.WriteStringValue(string.Empty);
                    }
                    else
                    {
                        writer.WriteNullValue();
                    }

                    break;
                case string text:
                    writer.WriteStringValue(text);
                    break;
                case bool flag:
                    writer.WriteBooleanValue(flag);
                    break;
                case DateTime date:
                    writer.WriteStringValue(DateText(name, date));
                    break;
                case DateTimeOffset moment:
                    writer.WriteStringValue(DateText(name, moment));
                    break;
                case decimal _:
                case double _:
                case float _:
                    WriteNumber(writer, name, Amount(name, value));
                    break;
                case IConvertible integer when WholeNumbers.Is(integer):
                    WriteNumber(writer, name, integer.ToDecimal(CultureInfo.InvariantCulture));
                    break;
                case IEnumerable<KeyValuePair<string, object?>> record:
                    WriteObject(writer, record);
                    break;
                case IDictionary dictionary:
                    WriteObject(writer, Entries(dictionary));
                    break;
                case IEnumerable items:
                    writer.WriteStartArray();
                    foreach (object? item in items)
                    {
                        WriteValue(writer, name, item);
                    }

                    writer.WriteEndArray();
                    break;
                default:
                    throw new ArgumentException($"The field '{name}' holds a {value.GetType().FullName}, which WooPS cannot send as JSON.", nameof(value));
            }
        }

        private static void WriteNumber(Utf8JsonWriter writer, string name, decimal number)
        {
            if (WooFields.IsNumberText(name))
            {
                writer.WriteStringValue(number.ToString(CultureInfo.InvariantCulture));
            }
            else
            {
                writer.WriteNumberValue(number);
            }
        }

        private static decimal Amount(string name, object value)
        {
            if (value is decimal exact)
            {
                return exact;
            }

            double real = Convert.ToDouble(value, CultureInfo.InvariantCulture);
            if (double.IsNaN(real) || double.IsInfinity(real))
            {
                throw new ArgumentException($"The field '{name}' holds {real}, which is not a number WooCommerce can store.", nameof(value));
            }

            // The shortest text that reads back as the same double, so 0.1 goes as "0.1" and not 0.1000000000000000055….
            return decimal.Parse(real.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);
        }

        /// <summary>
        /// A date as WooCommerce takes it in the field (or query parameter) <paramref name="name"/>: in a <c>*_gmt</c> one
        /// as UTC; elsewhere an Unspecified time as written (the site's time, as the reader returns dates), a Local or
        /// UTC one with its offset, which WordPress converts to the site's time.
        /// </summary>
        internal static string DateText(string name, DateTime date)
        {
            if (WooFields.IsUtcDate(name))
            {
                DateTime utc = date.Kind == DateTimeKind.Local ? date.ToUniversalTime() : date;
                return utc.ToString(WooFields.DateFormat, CultureInfo.InvariantCulture);
            }

            return date.Kind == DateTimeKind.Unspecified
                ? date.ToString(WooFields.DateFormat, CultureInfo.InvariantCulture)
                : DateText(name, new DateTimeOffset(date));
        }

        internal static string DateText(string name, DateTimeOffset moment) =>
            WooFields.IsUtcDate(name)
                ? moment.UtcDateTime.ToString(WooFields.DateFormat, CultureInfo.InvariantCulture)
                : moment.ToString(WooFields.DateFormat + "zzz", CultureInfo.InvariantCulture);

        private static IEnumerable<KeyValuePair<string, object?>> Entries(IDictionary dictionary)
        {
            foreach (DictionaryEntry entry in dictionary)
            {
                yield return new KeyValuePair<string, object?>(Convert.ToString(entry.Key, CultureInfo.InvariantCulture)!, entry.Value);
            }
        }
    }
}
