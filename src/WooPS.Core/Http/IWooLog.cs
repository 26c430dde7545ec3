namespace WooPS.Core
{
    /// <summary>
    /// Where the core tells what it does. The cmdlets pass one per call and forward it to PowerShell's
    /// verbose and warning streams from the pipeline thread. Messages never carry credentials.
    /// </summary>
    public interface IWooLog
    {
        void Verbose(string message);

        void Warning(string message);

        /// <summary>What only -Debug shows: the measurements behind a decision (the session's limit on requests in flight).</summary>
        void Debug(string message);
    }

    /// <summary>A log that drops everything.</summary>
    public sealed class NullWooLog : IWooLog
    {
        public static readonly NullWooLog Instance = new NullWooLog();

        private NullWooLog()
        {
        }

        public void Verbose(string message)
        {
        }

        public void Warning(string message)
        {
        }

        public void Debug(string message)
        {
        }
    }
}
