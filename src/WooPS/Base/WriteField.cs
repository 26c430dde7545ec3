namespace WooPS.Base
{
    /// <summary>A typed parameter of a write cmdlet and the WooCommerce field it sets.</summary>
    internal sealed class WriteField
    {
        private WriteField(string parameter, string field, object? value, bool clearable, object? cleared)
        {
            Parameter = parameter;
            Field = field;
            Value = value;
            Clearable = clearable;
            Cleared = cleared;
        }

        public string Parameter { get; }

        public string Field { get; }

        /// <summary>The value given for this row; null when none was (an empty CSV cell too).</summary>
        public object? Value { get; }

        /// <summary>-Clear may name it: the field has an "unset" state in WooCommerce.</summary>
        public bool Clearable { get; }

        /// <summary>What clears it: "" for text, prices and dates (how WooCommerce unsets them, capture 54), [] for lists.</summary>
        public object? Cleared { get; }

        public static WriteField Of(string parameter, string field, object? value) => new WriteField(parameter, field, value, false, null);

        public static WriteField ClearableOf(string parameter, string field, object? value, object? cleared) => new WriteField(parameter, field, value, true, cleared);
    }
}
