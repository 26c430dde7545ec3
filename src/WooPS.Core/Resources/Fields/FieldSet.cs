using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using WooPS.Core.Json;

namespace WooPS.Core.Resources.Fields
{
    /// <summary>
    /// What a resource's items hold, as WooCommerce's schema says: the writable fields with their rules, the
    /// fields the store fills in itself (read-only), and names people use for a field that has another one.
    /// Defined once per resource; binding, completion, the checks before a batch and the warnings about
    /// columns no parameter takes all read it.
    /// </summary>
    public sealed class FieldSet
    {
        // "12,50" is no amount WooCommerce can read: wc_format_decimal would drop the comma and store 1250.
        private const NumberStyles PlainNumber = NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign;

        private static readonly HashSet<string> BooleanTexts = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "true", "false", "1", "0" };

        private readonly Dictionary<string, FieldRule> _writable;
        private readonly HashSet<string> _readOnly;
        private readonly Dictionary<string, string> _otherNames;
        private readonly List<string> _names;

        /// <param name="readOnly">Fields the store fills in and ignores when written (ids, dates of record, computed prices).</param>
        /// <param name="otherNames">A name people use → what to write instead ("price" → "regular_price …").</param>
        /// <param name="required">Fields the store needs to make an item (a coupon's code).</param>
        public FieldSet(IEnumerable<FieldRule> writable, IEnumerable<string> readOnly, IDictionary<string, string>? otherNames = null, IEnumerable<string>? required = null)
        {
            RequiredOnCreate = (required ?? Array.Empty<string>()).ToList();
            _writable = writable.ToDictionary(rule => rule.Name, StringComparer.Ordinal);
            _readOnly = new HashSet<string>(readOnly, StringComparer.Ordinal);
            _otherNames = new Dictionary<string, string>(otherNames ?? new Dictionary<string, string>(), StringComparer.OrdinalIgnoreCase);
            _names = _writable.Keys.Concat(_readOnly).Where(name => !(_writable.TryGetValue(name, out FieldRule? rule) && rule.WriteOnly)).Distinct(StringComparer.Ordinal).ToList();
        }

        /// <summary>For a collection WooPS knows nothing of (an ad-hoc route): no rules, every value goes as given.</summary>
        public static FieldSet Unknown { get; } = new FieldSet(Array.Empty<FieldRule>(), Array.Empty<string>());

        public IEnumerable<FieldRule> Writable => _writable.Values;

        /// <summary>Every field the store sends for these items, writable or not (not those it never sends back): what -Property and Select-Object offer.</summary>
        public IReadOnlyList<string> Names => _names;

        /// <summary>Fields a new item must be given: the store refuses to make one without them, or makes a useless one.</summary>
        public IReadOnlyList<string> RequiredOnCreate { get; }

        public FieldRule? this[string name] => _writable.TryGetValue(name, out FieldRule? rule) ? rule : null;

        public bool IsReadOnly(string name) => _readOnly.Contains(name);

        /// <summary>The store takes the field but never sends it back (a password), whatever the case it is given in.</summary>
        public bool IsWriteOnly(string name) => _writable.Values.Any(rule => rule.WriteOnly && string.Equals(rule.Name, name, StringComparison.OrdinalIgnoreCase));

        /// <summary>A field the store sends for these items, writable or not.</summary>
        public bool IsKnown(string name) => _writable.ContainsKey(name) || _readOnly.Contains(name);

        /// <summary>What to write instead of a name the store does not take, when people are known to use it.</summary>
        public string? InsteadOf(string name) => _otherNames.TryGetValue(name, out string? instead) ? instead : null;

        /// <summary>
        /// A value as the store takes it: a choice in its own case, an amount or a whole number from its text. A
        /// field without a rule goes as given.
        /// </summary>
        /// <param name="storeChoices">For a field whose choices the store defines: the store's list, or null when it could not be read.</param>
        /// <returns>The value to send, or why the store would refuse it (or, in a batch, silently spoil it).</returns>
        public (object? Value, string? Problem) Check(string name, object? value, IReadOnlyList<string>? storeChoices = null)
        {
            if (value == null || !(this[name] is FieldRule rule))
            {
                return (value, null);
            }

            switch (rule.Form)
            {
                case FieldForm.Text when rule.Choices != null:
                    IReadOnlyList<string> choices = storeChoices ?? rule.Choices;
                    string? choice = value is string text ? choices.FirstOrDefault(c => string.Equals(c, text.Trim(), StringComparison.OrdinalIgnoreCase)) : null;
                    return choice != null ? (choice, null) : (value, $"{name} is one of {ChoicesText(rule, choices, storeChoices != null)}, not {Shown(value)}");
                case FieldForm.Amount:
                case FieldForm.NumberText:
                    decimal? amount = AsAmount(value);
                    // WooCommerce stores a negative price or weight as given; no shop means one.
                    return amount == null ? (value, $"{name} is a number, not {Shown(value)}") : amount < 0 ? (value, $"{name} cannot be negative ({Shown(value)})") : (value, null);
                case FieldForm.Whole:
                    long? whole = value is IConvertible number && !(value is string) && WholeNumbers.Is(number) ? number.ToInt64(CultureInfo.InvariantCulture)
                        : value is string digits && long.TryParse(digits.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long parsed) ? parsed
                        : (long?)null;
                    return whole != null ? (whole, null) : (value, $"{name} is a whole number, not {Shown(value)}");
                case FieldForm.Flag:
                    bool? flag = value is bool given ? given : value is string flagText && BooleanTexts.Contains(flagText.Trim()) ? flagText.Trim() == "1" || flagText.Trim().Equals("true", StringComparison.OrdinalIgnoreCase) : (bool?)null;
                    return flag != null ? (flag, null) : (value, $"{name} is true or false, not {Shown(value)}");
                case FieldForm.Date:
                    // Text is read as the reader reads the store's dates (site time unless it says its zone), so it compares with them.
                    if (value is string dateText && dateText.Length > 0)
                    {
                        return DateTime.TryParse(dateText, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out DateTime moment) ? (moment, null) : (value, $"{name} is a date, not {Shown(value)}");
                    }

                    return value is DateTime || value is DateTimeOffset || value is string ? (value, null) : (value, $"{name} is a date, not {Shown(value)}");
                case FieldForm.Email:
                    return value is string address && IsEmail(address.Trim()) ? (address.Trim(), null) : (value, $"{name} is an e-mail address, not {Shown(value)}");
                case FieldForm.Emails:
                    object?[] items = value is string one ? new object?[] { one } : value is IEnumerable many ? many.Cast<object?>().ToArray() : new[] { value };
                    int wrong = Array.FindIndex(items, item => !(item is string text && IsEmail(text.Trim())));
                    // WC_Coupon::set_email_restrictions lower-cases them.
                    return wrong < 0
                        ? (items.Select(item => (object?)((string)item!).Trim().ToLowerInvariant()).ToArray(), null)
                        : (value, $"{name} is a list of e-mail addresses; {(items[wrong] == null ? "an empty one" : Shown(items[wrong]!))} is none");
                default:
                    return (value, null);
            }
        }

        private static string ChoicesText(FieldRule rule, IReadOnlyList<string> choices, bool fromStore) =>
            rule.ChoicesFrom == null ? string.Join(", ", choices)
            : fromStore ? $"the {rule.ChoicesFrom} this store knows ({string.Join(", ", choices)})"
            : $"WooCommerce's own {rule.ChoicesFrom} ({string.Join(", ", choices)}; the store's own list, with its plugins' {rule.ChoicesFrom}, could not be read)";

        /// <summary>An amount from a number, or from text with a dot before the decimals ("" empties the field: 0 here).</summary>
        private static decimal? AsAmount(object value)
        {
            switch (value)
            {
                case string text:
                    return text.Length == 0 ? 0 : decimal.TryParse(text, PlainNumber, CultureInfo.InvariantCulture, out decimal parsed) ? parsed : (decimal?)null;
                case decimal exact:
                    return exact;
                case double real:
                    return double.IsNaN(real) || double.IsInfinity(real) || Math.Abs(real) > 1e27 ? (decimal?)null : (decimal)real;
                case float single:
                    return float.IsNaN(single) || float.IsInfinity(single) ? (decimal?)null : (decimal)single;
                case IConvertible integer when WholeNumbers.Is(integer):
                    return integer.ToDecimal(CultureInfo.InvariantCulture);
                default:
                    return null;
            }
        }

        /// <summary>WordPress's is_email in short: one @, something before it, a dotted domain after it, no spaces.</summary>
        internal static bool IsEmail(string text)
        {
            int at = text.IndexOf('@');
            return at > 0 && at == text.LastIndexOf('@') && text.IndexOf(' ') < 0 && text.Length >= 6
                   && text.IndexOf('.', at) > at + 1 && !text.EndsWith(".", StringComparison.Ordinal);
        }

        internal static string Shown(object value) =>
            value is string text ? $"'{text}'" : value is IEnumerable && !(value is string) ? "a list" : Convert.ToString(value, CultureInfo.InvariantCulture) ?? value.GetType().Name;
    }
}
