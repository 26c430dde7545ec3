using System.Management.Automation;
using WooPS.Base;
using WooPS.Binding;
using WooPS.Completion;
using WooPS.Core.Resources;

namespace WooPS.Commands
{
    /// <summary>
    /// Deletes product tags for good (WordPress has no trash for terms), 100 to a batch; the products keep
    /// their other tags. Named by id, given or piped; the prompt says how many products lose it.
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "WooProductTag", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(GetWooProductTagCommand.TypeName)]
    public sealed class RemoveWooProductTagCommand : WooRemoveCmdlet
    {
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [IdArgument]
        [ArgumentCompleter(typeof(NoValues))]
        public long[]? Id { get; set; }

        internal override long[]? IdsGiven => Id;

        internal override WooResource Resource => WooResource.Tags;

        internal override string[] ItemTypes => new[] { GetWooProductTagCommand.TypeName };
    }
}
