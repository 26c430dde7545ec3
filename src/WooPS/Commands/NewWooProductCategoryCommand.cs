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
        /// <summary>The name; text piped in is taken as the name too.</summary>
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [FieldValue]
        public string? Name { get; set; }

        internal override string? TermName => Name ?? PipedText;

        internal override bool WritesItems => true;

        internal override void ProcessRow() =>
            Create(WooResource.Categories, null, TermName == null ? NoName : null, GetWooProductCategoryCommand.TypeName);

    }
}
