using System;
using System.Management.Automation;
using WooPS.Core.Diagnostics;

namespace WooPS.Output
{
    /// <summary>
    /// The text of the WooPS.KeyTestResult view (WooPS.format.ps1xml calls it with the host's width): the core's
    /// checklist, wrapped between words so a log or a narrow console never shows a word cut in two.
    /// </summary>
    public static class KeyChecklistView
    {
        public static string Render(PSObject result, int width) =>
            string.Join(Environment.NewLine, KeyChecklist.Lines((KeyTestResult)result.BaseObject, width));
    }
}
