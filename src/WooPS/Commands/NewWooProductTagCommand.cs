using System.Management.Automation;
using WooPS.Base;
using WooPS.Core;
using WooPS.Core.Resources;

namespace WooPS.Commands
{
    /// <summary>Creates product tags, from parameters or piped rows, 100 to a batch, and writes each as the store made it.</summary>
    [Cmdlet(VerbsCommon.New, "WooProductTag", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(GetWooProductTagCommand.TypeName)]
    public sealed class NewWooProductTagCommand : WooTermWriteCmdlet
    {
        /// <summary>The name; text piped in is taken as the name too.</summary>
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [FieldValue]
        public string? Name { get; set; }

        internal override string? TermName => Name ?? PipedText;

        internal override bool WritesItems => true;

        internal override string Operation(PreparedWrite write) => "Create with " + Describe(write.Changes);

        internal override void ProcessRow()
        {
            WooSession session = ResolveSession();
            if (Refused(WooResource.Tags, GetWooProductTagCommand.TypeName))
            {
                return;
            }

            var row = new WriteRow(WriteAction.Create, WooResource.Tags, RowInput);
            if (TermName == null)
            {
                Reject(row, "WooCommerce needs a name for it: give -Name, or pipe names or rows with a name column.");
                return;
            }

            if (AddFields(row) is string problem)
            {
                Reject(row, problem);
                return;
            }

            Write(session, row);
        }
    }
}
