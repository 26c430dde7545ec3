using System;
using System.Management.Automation;
using WooPS.Core;

namespace WooPS.Errors
{
    /// <summary>
    /// The one place an <see cref="ErrorRecord"/> is made: ID <c>Woo.&lt;code&gt;</c>, the category the core's
    /// <see cref="WooErrorKind"/> names, the item as target, and what to do in PowerShell's words.
    /// </summary>
    internal static class WooErrors
    {
        public static ErrorRecord From(WooApiException failure, object? target = null)
        {
            var record = new ErrorRecord(failure, "Woo." + failure.Code, CategoryOf(failure.Kind), target ?? failure.Target);
            string? advice = PowerShellAdvice.For(failure) ?? failure.Hint;
            if (advice != null)
            {
                record.ErrorDetails = new ErrorDetails(failure.Message) { RecommendedAction = advice };
            }

            return record;
        }

        public static ErrorRecord NoSession() => From(new WooApiException(
            WooErrorCodes.NoSession,
            "No store is connected in this runspace.",
            hint: "Run Connect-WooStore first, or pass -Session. (Each runspace, e.g. each ForEach-Object -Parallel block, has its own default: pass -Session $using:session there.)"));

        /// <summary>The kinds are named after PowerShell's categories, so the name is the mapping.</summary>
        private static ErrorCategory CategoryOf(WooErrorKind kind) =>
            (ErrorCategory)Enum.Parse(typeof(ErrorCategory), kind.ToString());
    }
}
