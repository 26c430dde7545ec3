using System.Management.Automation;
using WooPS.Binding;
using WooPS.Completion;
using WooPS.Core.Resources;
using WooPS.Core.Resources.Writes;
using WooPS.Fields;

namespace WooPS.Commands
{
    /// <summary>
    /// Creates coupons from parameters or piped rows (500 codes for a campaign go in 5 requests), every value
    /// checked first, as WooCommerce checks hardly any; writes each as the store made it. A code another coupon
    /// has fails its row; text piped in is taken as the code.
    /// </summary>
    [Cmdlet(VerbsCommon.New, "WooCoupon", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(GetWooCouponCommand.TypeName)]
    public sealed class NewWooCouponCommand : WooCouponWriteCmdlet
    {
        /// <summary>The code customers type; WooCommerce keeps it in lower case.</summary>
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [Field("code")]
        [ArgumentCompleter(typeof(FieldChoices))]
        public string? Code { get; set; }

        internal override WriteAction Action => WriteAction.Create;

        internal override WooResource Resource => WooResource.Coupons;

        internal override void ProcessRow() => Create(Resource, GetWooCouponCommand.TypeName);
    }
}
