using WooPS.Core.Json;
using WooPS.Core.Resources.Fields;

namespace WooPS.Core.Resources.Writes
{
    /// <summary>A field a write changes: its name, the value to send and, when the item was read, the value it had.</summary>
    public sealed class FieldChange
    {
        private readonly WooRecord? _item;

        private readonly FieldValue? _given;

        /// <param name="item">The item as read before the write, or as it came back after it; null when it was not read.</param>
        /// <param name="given">The field as the row gave it: when the item was not read, the object piped in may say what it held.</param>
        internal FieldChange(string name, object? value, WooRecord? item, FieldValue? given = null)
        {
            Name = name;
            Value = value;
            _item = item != null && item.TryGet(name, out _) ? item : null;
            _given = given?.BeforeKnown == true ? given : null;
        }

        public string Name { get; }

        public object? Value { get; }

        /// <summary>The item was read before (by the write, or as the object piped in), so <see cref="Was"/> is its value.</summary>
        public bool WasKnown => _item != null || _given != null;

        public object? Was => _item != null ? _item[Name] : _given?.AsRead;

        /// <summary>
        /// The item holds this value already, as the store compares (a date by its UTC time, an unset limit as 0): sent
        /// all the same unless -SkipUnchanged, and shown as such so that a -WhatIf line does not read as a change.
        /// Worked out when asked, for the few rows shown, not for every row of a feed.
        /// </summary>
        public bool HadIt => _item != null ? FieldComparison.SameAsItem(Name, Value, _item) : _given != null && FieldComparison.Same(Name, Value, _given.AsRead);
    }
}
