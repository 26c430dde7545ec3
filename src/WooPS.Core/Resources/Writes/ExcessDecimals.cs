namespace WooPS.Core.Resources.Writes
{
    /// <summary>An amount with more decimals than the store shows: kept as given, shown rounded.</summary>
    public sealed class ExcessDecimals
    {
        internal ExcessDecimals(WriteRow row, string field, object value, int decimals)
        {
            Row = row;
            Field = field;
            Value = value;
            Decimals = decimals;
        }

        public WriteRow Row { get; }

        public string Field { get; }

        public object Value { get; }

        /// <summary>The decimals the store shows prices with.</summary>
        public int Decimals { get; }
    }
}
