namespace WooPS.Core.Http
{
    /// <summary>What <see cref="AdaptiveLimit"/> decided and why: a verbose line when the limit changed, a debug line always.</summary>
    internal sealed class LimitDecision
    {
        public LimitDecision(int old, int limit, string reason, string detail)
        {
            Old = old;
            Limit = limit;
            Reason = reason;
            Detail = detail;
        }

        public int Old { get; }

        public int Limit { get; }

        public bool Changed => Old != Limit;

        public string Reason { get; }

        /// <summary>The measurements behind the decision, for -Debug.</summary>
        public string Detail { get; }

        /// <summary>The -Verbose line.</summary>
        public string Shown => $"Requests at once: {Old} → {Limit} ({Reason}).";
    }
}
