using System.Management.Automation;
using WooPS.Binding;
using WooPS.Completion;
using WooPS.Core.Resources;
using WooPS.Core.Resources.Writes;
using WooPS.Fields;

namespace WooPS.Commands
{
    /// <summary>
    /// Creates customers from parameters or piped rows, 100 to a batch; writes each as the store made it. An
    /// e-mail address another customer (or WordPress user) has fails its row; text piped in is taken as the e-mail.
    /// </summary>
    [Cmdlet(VerbsCommon.New, "WooCustomer", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(GetWooCustomerCommand.TypeName)]
    public sealed class NewWooCustomerCommand : WooCustomerWriteCmdlet
    {
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [Field("email")]
        [ArgumentCompleter(typeof(FieldChoices))]
        public string? Email { get; set; }

        /// <summary>The login name; WooCommerce makes one from the e-mail address when none is given. It cannot be changed later.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Field("username")]
        [ArgumentCompleter(typeof(FieldChoices))]
        public string? Username { get; set; }

        internal override WriteAction Action => WriteAction.Create;

        internal override WooResource Resource => WooResource.Customers;

        internal override void ProcessRow() => Create(Resource, GetWooCustomerCommand.TypeName);
    }
}
