using System.Management.Automation;
using WooPS.Binding;
using WooPS.Completion;
using WooPS.Core.Resources;
using WooPS.Core.Resources.Writes;
using WooPS.Fields;

namespace WooPS.Commands
{
    /// <summary>Changes customers named by id or e-mail address, given or piped, 100 to a batch; with -SkipUnchanged only what differs.</summary>
    [Cmdlet(VerbsCommon.Set, "WooCustomer", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(GetWooCustomerCommand.TypeName)]
    public sealed class SetWooCustomerCommand : WooCustomerWriteCmdlet
    {
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [IdArgument]
        [ArgumentCompleter(typeof(NoValues))]
        public long? Id { get; set; }

        /// <summary>The customer's e-mail address; with -Id, a new address for it.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Field("email")]
        [ArgumentCompleter(typeof(FieldChoices))]
        public string? Email { get; set; }

        internal override WriteAction Action => WriteAction.Update;

        internal override WooResource Resource => WooResource.Customers;

        internal override void ProcessRow() => Update(Resource, Id, Email, GetWooCustomerCommand.TypeName);
    }
}
