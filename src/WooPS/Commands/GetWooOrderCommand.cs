using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using WooPS.Base;
using WooPS.Completion;
using WooPS.Core;
using WooPS.Core.Resources;
using WooPS.Core.Resources.Orders;

namespace WooPS.Commands
{
    /// <summary>
    /// Orders by id (given or piped, 100 to a request), or all of them (filtered) page by page. Customers piped in
    /// list their orders, products the orders with a line of them.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "WooOrder", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(TypeName)]
    public sealed class GetWooOrderCommand : WooGetDatedCmdlet
    {
        internal const string TypeName = "WooPS.Order";

        /// <summary>
        /// One status or several (an order with any of them is listed), plugins' own included; any, or trash. Without
        /// it, every status but trash.
        /// </summary>
        [Parameter(ParameterSetName = ListSet)]
        [ValidateNotNullOrEmpty]
        [ChoiceOf(TypeName, "status", "any", "trash")]
        [ArgumentCompleter(typeof(FieldChoices))]
        public string[]? Status { get; set; }

        /// <summary>The customer's id (0: guest orders). Piped customers list their orders.</summary>
        [Parameter(ParameterSetName = ListSet)]
        [ValidateRange(0, long.MaxValue)]
        [ArgumentCompleter(typeof(NoValues))]
        public long? CustomerId { get; set; }

        /// <summary>Orders with a line of this product. Piped products list theirs.</summary>
        [Parameter(ParameterSetName = ListSet)]
        [ValidateRange(1, long.MaxValue)]
        [ArgumentCompleter(typeof(NoValues))]
        public long? ProductId { get; set; }

        /// <summary>Text in the order's billing and shipping details (name, e-mail, address, phone) or its lines.</summary>
        [Parameter(ParameterSetName = ListSet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(NoValues))]
        public string? Search { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(NoValues))]
        public long[]? Include { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(NoValues))]
        public long[]? Exclude { get; set; }

        /// <summary>The field to sort by; without it, by id (oldest first), which keeps paging stable.</summary>
        [Parameter(ParameterSetName = ListSet)]
        [ValidateSet("id", "date", "modified", "include", "title", "slug")]
        public string? OrderBy { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        [ValidateSet("asc", "desc")]
        public string? Order { get; set; }

        /// <summary>Only these fields come back (WooCommerce's _fields): less to send for large exports.</summary>
        [Parameter(ParameterSetName = ListSet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(FieldChoices))]
        public string[]? Property { get; set; }

        internal override WooResource Resource => WooResource.Orders;

        internal override string PipelineTakes => "orders and ids (and customers or products, whose orders it lists)";

        internal override void WriteList(WooSession session) => WriteOrders(session, CustomerId, ProductId, itemErrorsContinue: false);

        internal override IReadOnlyDictionary<string, string> PipedFilters { get; } = new Dictionary<string, string>
        {
            [GetWooCustomerCommand.TypeName] = nameof(CustomerId),
            [GetWooProductCommand.TypeName] = nameof(ProductId),
        };

        internal override void WriteListFilteredBy(WooSession session, string parameter, long id) =>
            WriteOrders(session, parameter == nameof(CustomerId) ? id : CustomerId, parameter == nameof(ProductId) ? id : ProductId, itemErrorsContinue: true);

        private void WriteOrders(WooSession session, long? customer, long? product, bool itemErrorsContinue) =>
            WriteListing(session, Resource, Dated(new OrderQuery
            {
                // Statuses are slugs, which the store compares case-sensitively: Completed is completed.
                Status = Status?.Select(status => status.Trim().ToLowerInvariant()).ToList(),
                Customer = customer,
                Product = product,
                Search = Search,
                Include = Include,
                Exclude = Exclude,
                OrderBy = OrderBy,
                Order = Order,
                Fields = Property,
            }), itemErrorsContinue: itemErrorsContinue);
    }
}
