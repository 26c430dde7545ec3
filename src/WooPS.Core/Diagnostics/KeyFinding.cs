namespace WooPS.Core.Diagnostics
{
    public enum FindingResult
    {
        Pass,
        Warn,
        Fail,
        Skipped,
    }

    /// <summary>One line of the key test's checklist: what was checked, how it went, and what to do when it went wrong.</summary>
    public sealed class KeyFinding
    {
        internal KeyFinding(string name, FindingResult result, string message, string? hint = null)
        {
            Name = name;
            Result = result;
            Message = message;
            Hint = hint;
        }

        public string Name { get; }

        public FindingResult Result { get; }

        public string Message { get; }

        /// <summary>What to do, when something is wrong.</summary>
        public string? Hint { get; }

        public override string ToString() => $"[{Result}] {Name}: {Message}";
    }
}
