namespace WooPS.Core.Resources.Writes
{
    /// <summary>A field a write changes: its name, the value to send and, when the item was read, the value it had.</summary>
    public sealed class FieldChange
    {
        internal FieldChange(string name, object? value, bool known, object? was)
        {
            Name = name;
            Value = value;
            WasKnown = known;
            Was = was;
        }

        public string Name { get; }

        public object? Value { get; }

        /// <summary>The item was read before, so <see cref="Was"/> is its value.</summary>
        public bool WasKnown { get; }

        public object? Was { get; }
    }
}
