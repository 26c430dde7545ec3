namespace WooPS.Core.Resources.Writes
{
    /// <summary>
    /// One field a row gives, under WooCommerce's name. When the row is an object read from the store, the value
    /// the field had then comes along: a field not changed since is not written, so a stale value (a stock level an
    /// order has lowered since) never overwrites the store's.
    /// </summary>
    public sealed class FieldValue
    {
        public FieldValue(string name, object? value)
        {
            Name = name;
            Value = value;
        }

        public FieldValue(string name, object? value, object? asRead)
            : this(name, value)
        {
            WasRead = true;
            AsRead = asRead;
            BeforeKnown = true;
        }

        private FieldValue(string name, object? value, object? before, bool beforeKnown)
            : this(name, value)
        {
            AsRead = before;
            BeforeKnown = beforeKnown;
        }

        public string Name { get; }

        public object? Value { get; }

        /// <summary>The row is an object as read from the store, and <see cref="AsRead"/> is what the field held then.</summary>
        public bool WasRead { get; }

        public object? AsRead { get; }

        /// <summary>
        /// What the field held when the object given for the row was read, also where a parameter given on the command
        /// line overrides it (<c>Get-WooOrder | Set-WooOrder -Status completed</c>): shown as the value it was, never
        /// compared.
        /// </summary>
        public bool BeforeKnown { get; }

        /// <summary>A value given over an object read from the store, which held <paramref name="before"/> for the field then.</summary>
        public static FieldValue Over(string name, object? value, object? before) => new FieldValue(name, value, before, beforeKnown: true);
    }
}
