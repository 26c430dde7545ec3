using System.Management.Automation;
using WooPS.Base;
using WooPS.Binding;
using WooPS.Completion;
using WooPS.Core.Resources;
using WooPS.Core.Resources.Writes;
using WooPS.Output;

namespace WooPS.Commands
{
    /// <summary>
    /// Adds a note to orders: private (shown to the shop's staff), or with -CustomerNote one that WooCommerce e-mails
    /// to the customer at once (66i). Orders, their ids, or rows with order_id and note piped in; notes have no batch
    /// route, so each is one request, several on the wire at once. Writes each note as the store made it.
    /// </summary>
    [Cmdlet(VerbsCommon.Add, "WooOrderNote", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(GetWooOrderNoteCommand.TypeName)]
    public sealed class AddWooOrderNoteCommand : WooFieldWriteCmdlet
    {
        /// <summary>The order to add the note to; piped orders and their ids name theirs.</summary>
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("order_id")]
        [IdArgument("order_id")]
        [ArgumentCompleter(typeof(NoValues))]
        public long? OrderId { get; set; }

        /// <summary>The text of the note.</summary>
        [Parameter(Position = 1, ValueFromPipelineByPropertyName = true)]
        [Field("note")]
        [ArgumentCompleter(typeof(FieldChoices))]
        public string? Note { get; set; }

        /// <summary>
        /// WooCommerce e-mails the note to the customer (the order's billing address) as soon as it is added; it cannot
        /// be called back. A choice for every note of the command, not read from piped objects: an order's own
        /// customer_note is what the customer wrote at checkout.
        /// </summary>
        [Parameter]
        public SwitchParameter CustomerNote { get; set; }

        internal override WriteAction Action => WriteAction.Create;

        internal override WooResource Resource => WooResource.OrderNotes;

        internal override string Operation(WriteRow row) =>
            (CustomerNote.IsPresent ? "Add a note that WooCommerce e-mails to the customer at once: " : "Add a private note: ")
            + ChangeText.Shown(row.Field("note"));

        /// <summary>The order a piped order, or a piped id, names; null for rows (their order_id column binds -OrderId).</summary>
        private long? PipedOrderId => Piped is PipedObject piped && (piped.WooType == GetWooOrderCommand.TypeName || (piped.WooType == null && !piped.IsRow)) ? piped.Id : null;

        internal override void AddSwitchFields(WriteRow row)
        {
            if (CustomerNote.IsPresent)
            {
                row.Set("customer_note", true);
            }
        }

        internal override void ProcessRow()
        {
            // A piped order, or its id, is the order the note is for; a row names it in its order_id column.
            long? order = OrderId ?? PipedOrderId;
            if (!(order is long id && id > 0))
            {
                Refuse(new WriteRow(Action, Resource, RowInput), "which order is the note for? Give -OrderId, pipe orders or their ids, or rows with an order_id column of 1 or more");
                return;
            }

            Create(Resource.Of(id), parentPiped: PipedOrderId != null, GetWooOrderCommand.TypeName);
        }
    }
}
