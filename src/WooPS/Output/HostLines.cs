using System.Management.Automation.Host;
using System.Reflection;

namespace WooPS.Output
{
    /// <summary>
    /// Lines for a command that can no longer write to its streams (after Ctrl+C, or once the pipeline has
    /// ended): shown on the host as warnings, and put in the transcript. PowerShell transcribes only what goes
    /// through a pipeline's streams, which are closed by then, so the host's own transcription is called for them.
    /// </summary>
    internal static class HostLines
    {
        // PSHostUserInterface.TranscribeResult(string): internal in PowerShell 5.1 and 7; when a version lacks it,
        // the lines are only shown.
        private static readonly MethodInfo? Transcribe = typeof(PSHostUserInterface).GetMethod(
            "TranscribeResult", BindingFlags.NonPublic | BindingFlags.Instance, null, new[] { typeof(string) }, null);

        public static void Warn(PSHost? host, string line)
        {
            PSHostUserInterface? ui = host?.UI;
            if (ui == null)
            {
                return;
            }

            ui.WriteWarningLine(line);
            try
            {
                Transcribe?.Invoke(ui, new object[] { "WARNING: " + line });
            }
            catch (TargetInvocationException)
            {
                // No transcript to write to, or one that cannot be written: the line was shown.
            }
        }
    }
}
