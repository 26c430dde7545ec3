using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace WooPS.Core.Json
{
    /// <summary>
    /// Turns WooCommerce JSON into <see cref="WooRecord"/>s by the rules of <see cref="WooFields"/>: dates become
    /// <see cref="DateTime"/> (the <c>*_gmt</c> ones as UTC, the others as site time with no offset), money strings
    /// become decimal (null when ""), other values keep their JSON type. Reading never throws for what a value
    /// holds: text with a broken character gets U+FFFD in its place, a number too large for .NET stays text.
    /// </summary>
    internal static class WooJson
    {
        /// <summary>The items of a JSON list; those that are not objects are told apart, so the rest can be used.</summary>
        public static (List<WooRecord> Records, List<string> Unreadable) ToRecords(JsonElement array)
        {
            var records = new List<WooRecord>(array.GetArrayLength());
            var unreadable = new List<string>();
            int position = 0;
            foreach (JsonElement item in array.EnumerateArray())
            {
                position++;
                if (item.ValueKind != JsonValueKind.Object)
                {
                    unreadable.Add($"item {position} is {Describe(item)}, not an object");
                    continue;
                }

                try
                {
                    records.Add(ToRecord(item));
                }
                catch (InvalidOperationException)
                {
                    unreadable.Add($"item {position} has a field name that is not valid text");
                }
            }

            return (records, unreadable);
        }

        public static WooRecord ToRecord(JsonElement element)
        {
            var record = new WooRecord(16);
            foreach (JsonProperty property in element.EnumerateObject())
            {
                record.Add(property.Name, ToValue(property.Name, property.Value));
            }

            return record;
        }

        /// <summary>
        /// Any JSON value as a record would hold it: an object as a <see cref="WooRecord"/>, a list as an object[], text,
        /// numbers and booleans as themselves; a value outside any object follows no field's rule.
        /// </summary>
        public static object? ToValue(JsonElement value) => ToValue(string.Empty, value);

        /// <summary>WooCommerce's error body, <c>{"code":…,"message":…,"data":{"status":…}}</c>, when that is what the bytes hold.</summary>
        public static bool TryReadError(byte[] body, out string code, out string message)
        {
            using JsonAnswer answer = JsonAnswer.Read(body);
            code = message = string.Empty;
            return answer.Document != null && TryReadError(answer.Document.RootElement, out code, out message);
        }

        public static bool TryReadError(JsonElement root, out string code, out string message)
        {
            code = message = string.Empty;
            if (root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("code", out JsonElement codeElement) && codeElement.ValueKind == JsonValueKind.String
                && root.TryGetProperty("message", out JsonElement messageElement) && messageElement.ValueKind == JsonValueKind.String)
            {
                code = ReadString(codeElement);
                message = ReadString(messageElement) + ParameterProblems(root);
                return true;
            }

            return false;
        }

        /// <summary>
        /// What was wrong with each parameter, which WordPress gives beside its bare "Invalid parameter(s): status"
        /// (<c>data.params</c>, capture 22): ": status is not one of pending, processing, …".
        /// </summary>
        private static string ParameterProblems(JsonElement root)
        {
            if (!(root.TryGetProperty("data", out JsonElement data) && data.ValueKind == JsonValueKind.Object
                  && data.TryGetProperty("params", out JsonElement parameters) && parameters.ValueKind == JsonValueKind.Object))
            {
                return string.Empty;
            }

            List<string> problems = parameters.EnumerateObject()
                .Where(parameter => parameter.Value.ValueKind == JsonValueKind.String)
                .Select(parameter => ReadString(parameter.Value).TrimEnd('.'))
                .ToList();
            return problems.Count == 0 ? string.Empty : ": " + string.Join("; ", problems);
        }

        /// <summary>"false", "a number", "a list": what a JSON value is, for messages.</summary>
        public static string Describe(JsonElement value)
        {
            switch (value.ValueKind)
            {
                case JsonValueKind.True:
                case JsonValueKind.False:
                case JsonValueKind.Null:
                    return value.GetRawText();
                case JsonValueKind.Number:
                    return "a number";
                case JsonValueKind.String:
                    return "a string";
                case JsonValueKind.Array:
                    return "a list";
                default:
                    return "an object";
            }
        }

        private static object? ToValue(string name, JsonElement value)
        {
            switch (value.ValueKind)
            {
                case JsonValueKind.String:
                    return FromString(name, ReadString(value));
                case JsonValueKind.Number:
                    // An order line's price is money sent as a JSON number (66l): 17 is as much an amount as 17.49.
                    // Only price: elsewhere a number under a money name is a count (reports' "total"). It is PHP's
                    // float of total / quantity (69.21 / 3 = 23.069999999999997), so it is read as the float it is,
                    // to 15 significant digits: 23.07.
                    if (WooFields.IsMoneyAsNumber(name) && value.TryGetDouble(out double price) && !double.IsInfinity(price) && Math.Abs(price) < 7.9e27)
                    {
                        return (decimal)price;
                    }

                    if (value.TryGetInt64(out long integer))
                    {
                        return integer;
                    }

                    if (value.TryGetDecimal(out decimal number))
                    {
                        return number;
                    }

                    return value.TryGetDouble(out double real) && !double.IsInfinity(real) ? real : (object)value.GetRawText();
                case JsonValueKind.True:
                    return true;
                case JsonValueKind.False:
                    return false;
                case JsonValueKind.Object:
                    return ToRecord(value);
                case JsonValueKind.Array:
                    var items = new object?[value.GetArrayLength()];
                    int index = 0;
                    foreach (JsonElement item in value.EnumerateArray())
                    {
                        items[index++] = ToValue(name, item);
                    }

                    return items;
                default:
                    return null;
            }
        }

        private static object? FromString(string name, string text)
        {
            if (WooFields.IsMoney(name))
            {
                if (text.Length == 0)
                {
                    return null;
                }

                return decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out decimal amount) ? amount : text;
            }

            if (WooFields.IsDate(name) && DateTime.TryParseExact(text, WooFields.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime date))
            {
                return WooFields.IsUtcDate(name) ? DateTime.SpecifyKind(date, DateTimeKind.Utc) : date;
            }

            return text;
        }

        /// <summary>
        /// A string value. A lone UTF-16 surrogate (<c>"\ud83d"</c>, which PHP can write) is not text .NET can hold,
        /// and System.Text.Json refuses it: it becomes U+FFFD, as a browser shows it.
        /// </summary>
        private static string ReadString(JsonElement value)
        {
            try
            {
                return value.GetString()!;
            }
            catch (InvalidOperationException)
            {
                return Lenient(value.GetRawText());
            }
        }

        private static string Lenient(string quoted)
        {
            var text = new StringBuilder(quoted.Length);
            for (int i = 1; i < quoted.Length - 1; i++)
            {
                char c = quoted[i];
                if (c != '\\')
                {
                    text.Append(c);
                    continue;
                }

                char escaped = quoted[++i];
                switch (escaped)
                {
                    case 'b': text.Append('\b'); break;
                    case 'f': text.Append('\f'); break;
                    case 'n': text.Append('\n'); break;
                    case 'r': text.Append('\r'); break;
                    case 't': text.Append('\t'); break;
                    case 'u':
                        text.Append((char)int.Parse(quoted.Substring(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                        i += 4;
                        break;
                    default: text.Append(escaped); break;
                }
            }

            for (int i = 0; i < text.Length; i++)
            {
                if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                }
                else if (char.IsSurrogate(text[i]))
                {
                    text[i] = '\uFFFD';
                }
            }

            return text.ToString();
        }
    }
}
