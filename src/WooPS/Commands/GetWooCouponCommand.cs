using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using WooPS.Base;
using WooPS.Completion;
using WooPS.Core;
using WooPS.Core.Resources;
using WooPS.Core.Resources.Coupons;
using WooPS.Core.Resources.Lookups;

namespace WooPS.Commands
{
    /// <summary>Coupons by id or code (given or piped, several at once), or all of them (filtered) page by page.</summary>
    [Cmdlet(VerbsCommon.Get, "WooCoupon", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(TypeName)]
    public sealed class GetWooCouponCommand : WooGetTopLevelCmdlet
    {
        internal const string TypeName = "WooPS.Coupon";

        /// <summary>Coupons by code, any case (codes are kept lower-cased); each code no coupon has is an error of its own.</summary>
        [Parameter(Mandatory = true, ParameterSetName = KeySet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(NoValues))]
        public string[] Code { get; set; } = new string[0];

        /// <summary>Part of a code or description.</summary>
        [Parameter(ParameterSetName = ListSet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(NoValues))]
        public string? Search { get; set; }

        /// <summary>publish, draft, pending, private, future, trash or any; WooCommerce lists every status but trash by default.</summary>
        [Parameter(ParameterSetName = ListSet)]
        [ChoiceOf(TypeName, "status", "private", "future", "trash", "any")]
        [ArgumentCompleter(typeof(FieldChoices))]
        public string? Status { get; set; }

        internal override WooResource Resource => WooResource.Coupons;

        internal override string PipelineTakes => "coupons, ids and codes";

        internal override IEnumerable<ItemKey> KeysAskedFor =>
            ParameterSetName == IdSet ? base.KeysAskedFor : Code.Select(code => ItemKey.ByKey(Resource, code));

        internal override void WriteList(WooSession session) =>
            WriteListing(session, Resource, new CouponQuery { Search = Search, Status = Status });
    }
}
