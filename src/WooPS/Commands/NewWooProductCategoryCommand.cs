using System.Management.Automation;
using WooPS.Binding;
using WooPS.Completion;
using WooPS.Core.Resources;
using WooPS.Core.Resources.Writes;
using WooPS.Fields;

namespace WooPS.Commands
{
    /// <summary>Creates product categories, from parameters or piped rows (or names), 100 to a batch, and writes each as the store made it.</summary>
    [Cmdlet(VerbsCommon.New, "WooProductCategory", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(GetWooProductCategoryCommand.TypeName)]
    public sealed class NewWooProductCategoryCommand : WooCategoryWriteCmdlet
    {
        /// <summary>The name; text piped in is taken as the name too.</summary>
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [Field("name")]
        [ArgumentCompleter(typeof(FieldChoices))]
        public string? Name { get; set; }

        internal override WriteAction Action => WriteAction.Create;

        internal override WooResource Resource => WooResource.Categories;

        internal override void ProcessRow() => Create(Resource, GetWooProductCategoryCommand.TypeName);
    }
}
