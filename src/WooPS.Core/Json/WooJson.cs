using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

namespace WooPS.Core.Json
{
    /// <summary>
    /// Turns WooCommerce JSON into <see cref="WooRecord"/>s: dates become <see cref="DateTime"/> (the <c>*_gmt</c>
    /// ones as UTC, the others as site time with no offset), money strings become decimal (null when ""), other
    /// values keep their JSON type.
    /// </summary>
    internal static class WooJson
    {
        private const string DateFormat = "yyyy-MM-dd'T'HH:mm:ss";

        // Fields WooCommerce sends as strings that are amounts of money.
        private static readonly HashSet<string> MoneyFields = new HashSet<string>(StringComparer.Ordinal)
        {
            "price", "regular_price", "sale_price",
            "total", "subtotal", "total_tax", "subtotal_tax", "cart_tax",
            "shipping_total", "shipping_tax", "discount_total", "discount_tax",
            "amount", "total_spent", "minimum_amount", "maximum_amount",
        };

        public static JsonDocument Parse(byte[] body) => JsonDocument.Parse(body);

        public static List<WooRecord> ToRecords(JsonElement array)
        {
            var records = new List<WooRecord>(array.GetArrayLength());
            foreach (JsonElement item in array.EnumerateArray())
            {
                records.Add(ToRecord(item));
            }

            return records;
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

        /// <summary>WooCommerce's error body, <c>{"code":…,"message":…,"data":{"status":…}}</c>, when that is what the bytes hold.</summary>
        public static bool TryReadError(byte[] body, out string code, out string message)
        {
            code = message = string.Empty;
            try
            {
                using JsonDocument document = JsonDocument.Parse(body);
                JsonElement root = document.RootElement;
                if (root.ValueKind == JsonValueKind.Object
                    && root.TryGetProperty("code", out JsonElement codeElement) && codeElement.ValueKind == JsonValueKind.String
                    && root.TryGetProperty("message", out JsonElement messageElement) && messageElement.ValueKind == JsonValueKind.String)
                {
                    code = codeElement.GetString()!;
                    message = messageElement.GetString()!;
                    return true;
                }
            }
            catch (JsonException)
            {
                // Not JSON (an HTML error page, a proxy's answer): the caller describes it.
            }

            return false;
        }

        private static object? ToValue(string name, JsonElement value)
        {
            switch (value.ValueKind)
            {
                case JsonValueKind.String:
                    return FromString(name, value.GetString()!);
                case JsonValueKind.Number:
                    if (value.TryGetInt64(out long integer))
                    {
                        return integer;
                    }

                    return value.TryGetDecimal(out decimal number) ? number : value.GetDouble();
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
            if (MoneyFields.Contains(name))
            {
                if (text.Length == 0)
                {
                    return null;
                }

                return decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out decimal amount) ? amount : text;
            }

            if (IsDateField(name) && DateTime.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime date))
            {
                return name.EndsWith("_gmt", StringComparison.Ordinal) ? DateTime.SpecifyKind(date, DateTimeKind.Utc) : date;
            }

            return text;
        }

        private static bool IsDateField(string name) =>
            name.StartsWith("date_", StringComparison.Ordinal) || name.EndsWith("_gmt", StringComparison.Ordinal);
    }
}
