using WooPS.Core.Resources.Writes;

namespace WooPS.Output
{
    /// <summary>
    /// One row of a write as a script reads it afterwards (-OutcomeVariable): its place in the input, how it
    /// ended, the item, why, and the input itself, so the rows not applied can be run again
    /// (<c>$outcomes | Where-Object Outcome -in InDoubt, NotSent | ForEach-Object InputObject | Export-Csv retry.csv</c>).
    /// It reads the row as it is now: taken during the command, every row has its final outcome once it ends.
    /// </summary>
    public sealed class WriteRowOutcome
    {
        private readonly WriteRow _row;

        internal WriteRowOutcome(WriteRow row)
        {
            _row = row;
        }

        /// <summary>1, 2, …: the row's place in the input.</summary>
        public int Row => _row.Number;

        public RowOutcome Outcome => _row.Outcome;

        /// <summary>"product 12 'Blue Tee' (SKU 'TEE-B')": the item, as far as it was found.</summary>
        public string Item => _row.Label;

        /// <summary>The item's id, once known (for a create, once the store made it).</summary>
        public long? Id => _row.Item?.Id ?? _row.Plan?.Id ?? _row.Id;

        /// <summary>Why it failed, is in doubt or was not sent; how an outcome was learnt otherwise.</summary>
        public string? Message => _row.Failure?.Message ?? _row.Note;

        /// <summary>The error's id (Woo.&lt;code&gt;), as the error stream has it.</summary>
        public string? ErrorId => _row.Failure == null ? null : "Woo." + _row.Failure.Code;

        /// <summary>The row as given: the CSV row, the object, the hashtable (null when it came from parameters).</summary>
        public object? InputObject => _row.Input;

        public override string ToString() => $"row {Row}: {Item}: {Outcome}";
    }
}
