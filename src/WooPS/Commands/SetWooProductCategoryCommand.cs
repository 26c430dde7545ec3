using System.Management.Automation;
using WooPS.Binding;
using WooPS.Completion;
using WooPS.Core.Resources;
using WooPS.Core.Resources.Writes;
using WooPS.Fields;

namespace WooPS.Commands
{
    /// <summary>Changes product categories named by id, given or piped, 100 to a batch.</summary>
    [Cmdlet(VerbsCommon.Set, "WooProductCategory", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(GetWooProductCategoryCommand.TypeName)]
    public sealed class SetWooProductCategoryCommand : WooCategoryWriteCmdlet
    {
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [IdArgument]
        [ArgumentCompleter(typeof(NoValues))]
        public long? Id { get; set; }

        /// <summary>A new name; the slug stays as it is unless -Slug is given.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Field("name")]
        [ArgumentCompleter(typeof(FieldChoices))]
        public string? Name { get; set; }

        internal override WriteAction Action => WriteAction.Update;

        internal override WooResource Resource => WooResource.Categories;

        internal override void ProcessRow() => Update(Resource, Id, null, GetWooProductCategoryCommand.TypeName);
    }
}
