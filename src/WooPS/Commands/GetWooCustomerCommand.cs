using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using WooPS.Base;
using WooPS.Completion;
using WooPS.Core;
using WooPS.Core.Resources;
using WooPS.Core.Resources.Customers;
using WooPS.Core.Resources.Lookups;

namespace WooPS.Commands
{
    /// <summary>Customers by id or e-mail address (given or piped, several at once), or all of them (filtered) page by page.</summary>
    [Cmdlet(VerbsCommon.Get, "WooCustomer", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(TypeName)]
    public sealed class GetWooCustomerCommand : WooGetTopLevelCmdlet
    {
        internal const string TypeName = "WooPS.Customer";

        /// <summary>Customers by e-mail address; each address no customer has is an error of its own.</summary>
        [Parameter(Mandatory = true, ParameterSetName = KeySet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(NoValues))]
        public string[] Email { get; set; } = new string[0];

        /// <summary>Part of a name, e-mail address or user name.</summary>
        [Parameter(ParameterSetName = ListSet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(NoValues))]
        public string? Search { get; set; }

        /// <summary>
        /// A WordPress role (customer, administrator, shop_manager, subscriber, …) or all. WooCommerce lists role
        /// customer only unless asked.
        /// </summary>
        [Parameter(ParameterSetName = ListSet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(NoValues))]
        public string? Role { get; set; }

        internal override WooResource Resource => WooResource.Customers;

        internal override string PipelineTakes => "customers, ids and e-mail addresses";

        internal override IEnumerable<ItemKey> KeysAskedFor =>
            ParameterSetName == IdSet ? base.KeysAskedFor : Email.Select(email => ItemKey.ByKey(Resource, email));

        internal override void WriteList(WooSession session) =>
            WriteListing(session, Resource, new CustomerQuery { Search = Search, Role = Role });
    }
}
