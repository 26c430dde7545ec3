using System.Management.Automation;
using WooPS.Binding;
using WooPS.Completion;
using WooPS.Core.Resources;
using WooPS.Core.Resources.Writes;
using WooPS.Fields;

namespace WooPS.Commands
{
    /// <summary>
    /// Changes orders named by id, given or piped, 100 to a batch; with -SkipUnchanged only what differs. A status is
    /// checked against the statuses the store knows (its plugins' included) before anything is sent: inside a batch
    /// WooCommerce takes one it does not know without an error and makes the order pending (66f).
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "WooOrder", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(GetWooOrderCommand.TypeName)]
    public sealed class SetWooOrderCommand : WooAddressWriteCmdlet
    {
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("order_id")]
        [IdArgument]
        [ArgumentCompleter(typeof(NoValues))]
        public long? Id { get; set; }

        /// <summary>
        /// The new status: pending, processing, on-hold, completed, cancelled, refunded, failed, or one a plugin
        /// registered. WooCommerce acts on a change: it moves stock, e-mails the customer and adds a note.
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Field("status")]
        [ArgumentCompleter(typeof(FieldChoices))]
        public string? Status { get; set; }

        /// <summary>The note the customer wrote at checkout ("Customer provided note"). To tell the customer something, use Add-WooOrderNote -CustomerNote.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("customer_note")]
        [Field("customer_note")]
        [ArgumentCompleter(typeof(FieldChoices))]
        public string? CustomerNote { get; set; }

        internal override WriteAction Action => WriteAction.Update;

        internal override WooResource Resource => WooResource.Orders;

        internal override void ProcessRow() => Update(Resource, Id, null, GetWooOrderCommand.TypeName);
    }
}
