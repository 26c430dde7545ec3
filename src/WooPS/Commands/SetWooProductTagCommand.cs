using System.Management.Automation;
using WooPS.Binding;
using WooPS.Completion;
using WooPS.Core.Resources;
using WooPS.Core.Resources.Writes;
using WooPS.Fields;

namespace WooPS.Commands
{
    /// <summary>Changes product tags named by id, given or piped, 100 to a batch.</summary>
    [Cmdlet(VerbsCommon.Set, "WooProductTag", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(GetWooProductTagCommand.TypeName)]
    public sealed class SetWooProductTagCommand : WooTermWriteCmdlet
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

        internal override WooResource Resource => WooResource.Tags;

        internal override void ProcessRow() => Update(Resource, Id, null, GetWooProductTagCommand.TypeName);
    }
}
