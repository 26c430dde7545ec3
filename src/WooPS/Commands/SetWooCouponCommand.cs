using System.Management.Automation;
using WooPS.Binding;
using WooPS.Completion;
using WooPS.Core.Resources;
using WooPS.Core.Resources.Writes;
using WooPS.Fields;

namespace WooPS.Commands
{
    /// <summary>Changes coupons named by id or code (any case), given or piped, 100 to a batch; with -SkipUnchanged only what differs.</summary>
    [Cmdlet(VerbsCommon.Set, "WooCoupon", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(GetWooCouponCommand.TypeName)]
    public sealed class SetWooCouponCommand : WooCouponWriteCmdlet
    {
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [IdArgument]
        [ArgumentCompleter(typeof(NoValues))]
        public long? Id { get; set; }

        /// <summary>The coupon's code, any case; with -Id, a new code for it.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Field("code")]
        [ArgumentCompleter(typeof(FieldChoices))]
        public string? Code { get; set; }

        internal override WriteAction Action => WriteAction.Update;

        internal override WooResource Resource => WooResource.Coupons;

        internal override void ProcessRow() => Update(Resource, Id, Code, GetWooCouponCommand.TypeName);
    }
}
