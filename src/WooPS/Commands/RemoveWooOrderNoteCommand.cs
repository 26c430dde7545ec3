using System.Management.Automation;
using WooPS.Base;
using WooPS.Binding;
using WooPS.Completion;
using WooPS.Core.Resources;

namespace WooPS.Commands
{
    /// <summary>
    /// Deletes order notes for good: WooCommerce has no trash for them (49c, 49d) and no batch route, so each is one
    /// request, several on the wire at once. Named by -OrderId and -Id, or piped (notes carry their order_id).
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "WooOrderNote", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(GetWooOrderNoteCommand.TypeName)]
    public sealed class RemoveWooOrderNoteCommand : WooRemoveCmdlet
    {
        /// <summary>The order the notes belong to; piped notes bring their own.</summary>
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("order_id")]
        [IdArgument("order_id")]
        [ArgumentCompleter(typeof(NoValues))]
        public long? OrderId { get; set; }

        /// <summary>The notes' ids.</summary>
        [Parameter(Position = 1, ValueFromPipelineByPropertyName = true)]
        [IdArgument]
        [ArgumentCompleter(typeof(NoValues))]
        public long[]? Id { get; set; }

        internal override long[]? IdsGiven => Id;

        internal override WooResource Resource => WooResource.OrderNotes;

        internal override WooResource RowResource => OrderId is long order ? Resource.Of(order) : Resource;

        internal override string[] ItemTypes => new[] { GetWooOrderNoteCommand.TypeName };
    }
}
