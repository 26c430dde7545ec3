using System.Management.Automation;
using WooPS.Base;
using WooPS.Completion;
using WooPS.Core;
using WooPS.Core.Resources;
using WooPS.Core.Resources.Orders;

namespace WooPS.Commands
{
    /// <summary>
    /// The notes of orders: all of an order's, or some by id. Orders (or their ids) piped in list their notes; notes
    /// piped in are read again. Each note carries its order's id (order_id), which the store leaves out.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "WooOrderNote", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(TypeName)]
    public sealed class GetWooOrderNoteCommand : WooGetNestedCmdlet
    {
        internal const string TypeName = "WooPS.OrderNote";

        /// <summary>The order's id. Piped orders, notes and rows with an order_id bring their own.</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = IdSet)]
        [Parameter(Position = 0, ParameterSetName = ListSet)]
        [ValidateRange(1, long.MaxValue)]
        [ArgumentCompleter(typeof(NoValues))]
        public long OrderId { get; set; }

        /// <summary>customer (the notes e-mailed to the customer), internal (private notes and the store's own), or any (all of them, the default).</summary>
        [Parameter(ParameterSetName = ListSet)]
        [ValidateSet("any", "customer", "internal")]
        public string? Type { get; set; }

        internal override WooResource Resource => WooResource.OrderNotes;

        internal override long? ParentIdGiven => MyInvocation.BoundParameters.ContainsKey(nameof(OrderId)) ? OrderId : (long?)null;

        internal override string ParentParameter => "-OrderId";

        internal override string PipelineTakes => "orders (whose notes it lists), order notes, and ids (of orders, or with -OrderId of notes)";

        internal override void WriteItemsOf(WooSession session, long parentId) =>
            WriteListing(session, Resource.Of(parentId), new OrderNoteQuery { Type = Type }, itemErrorsContinue: true);
    }
}
