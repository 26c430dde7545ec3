using System.Management.Automation;
using WooPS.Base;
using WooPS.Core;
using WooPS.Core.Resources;

namespace WooPS.Commands
{
    /// <summary>Creates product categories, from parameters or piped rows, 100 to a batch, and writes each as the store made it.</summary>
    [Cmdlet(VerbsCommon.New, "WooProductCategory", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(GetWooProductCategoryCommand.TypeName)]
    public sealed class NewWooProductCategoryCommand : WooCategoryWriteCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; } = string.Empty;

        internal override string? TermName => Name;

        internal override bool WritesItems => true;

        internal override string Operation(PreparedWrite write) => "Create with " + Describe(write.Changes);

        protected override void ProcessRecord()
        {
            WooSession session = ResolveSession();
            if (Refused(WooResource.Categories, GetWooProductCategoryCommand.TypeName))
            {
                return;
            }

            var row = new WriteRow(WriteAction.Create, WooResource.Categories, RowInput);
            if (AddFields(row) is string problem)
            {
                Reject(RowInput, $"{row.Label}: {problem}");
                return;
            }

            Write(session, row);
        }
    }
}
