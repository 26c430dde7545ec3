using System.Management.Automation;
using WooPS.Base;
using WooPS.Completion;
using WooPS.Core;
using WooPS.Core.Resources;

namespace WooPS.Commands
{
    /// <summary>
    /// The refunds of orders: all of an order's, page by page, or some by id. Orders (or their ids) piped in list
    /// their refunds. Each refund carries its order's id (order_id), which the store leaves out.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "WooOrderRefund", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(TypeName)]
    public sealed class GetWooOrderRefundCommand : WooGetNestedCmdlet
    {
        internal const string TypeName = "WooPS.OrderRefund";

        /// <summary>The order's id. Piped orders, refunds and rows with an order_id bring their own.</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = IdSet)]
        [Parameter(Position = 0, ParameterSetName = ListSet)]
        [ValidateRange(1, long.MaxValue)]
        [ArgumentCompleter(typeof(NoValues))]
        public long OrderId { get; set; }

        internal override WooResource Resource => WooResource.OrderRefunds;

        internal override long? ParentIdGiven => MyInvocation.BoundParameters.ContainsKey(nameof(OrderId)) ? OrderId : (long?)null;

        internal override string ParentParameter => "-OrderId";

        internal override string PipelineTakes => "orders (whose refunds it lists), refunds, and ids (of orders, or with -OrderId of refunds)";

        internal override void WriteItemsOf(WooSession session, long parentId) =>
            WriteListing(session, Resource.Of(parentId), new ListQuery(), itemErrorsContinue: true);
    }
}
