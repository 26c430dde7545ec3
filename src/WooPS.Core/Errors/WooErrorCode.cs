namespace WooPS.Core
{
    /// <summary>One of WooPS's own error codes (they start with <c>woops_</c>), with what kind of failure it is.</summary>
    public sealed class WooErrorCode
    {
        internal WooErrorCode(string code, WooErrorKind kind, bool aboutOneItem = false)
        {
            Code = code;
            Kind = kind;
            AboutOneItem = aboutOneItem;
        }

        public string Code { get; }

        public WooErrorKind Kind { get; }

        /// <summary>The failure concerns one item asked for, so a pipeline may go on with the next.</summary>
        public bool AboutOneItem { get; }

        public override string ToString() => Code;
    }
}
