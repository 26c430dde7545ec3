using System.Management.Automation;
using WooPS.Base;
using WooPS.Binding;
using WooPS.Completion;
using WooPS.Core.Resources;

namespace WooPS.Commands
{
    /// <summary>
    /// Moves coupons to the trash, one DELETE each (their codes are free again, 65i); with -Permanent deletes them
    /// for good, 100 to a batch. Named by id or code, given or piped; a code is searched in the trash too.
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "WooCoupon", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(GetWooCouponCommand.TypeName)]
    public sealed class RemoveWooCouponCommand : WooRemoveCmdlet
    {
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [IdArgument]
        [ArgumentCompleter(typeof(NoValues))]
        public long[]? Id { get; set; }

        /// <summary>The codes of the coupons to remove, any case; a piped row's code is used when it has no id.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(NoValues))]
        public string[]? Code { get; set; }

        internal override long[]? IdsGiven => Id;

        internal override string[]? KeysGiven => Code;

        internal override WooResource Resource => WooResource.Coupons;

        internal override string[] ItemTypes => new[] { GetWooCouponCommand.TypeName };
    }
}
