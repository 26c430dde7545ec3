using System.Management.Automation;
using WooPS.Base;
using WooPS.Binding;
using WooPS.Completion;
using WooPS.Core.Resources;

namespace WooPS.Commands
{
    /// <summary>
    /// Deletes customers for good (WooCommerce has no trash for them, 64e), 100 to a batch. Named by id or e-mail
    /// address, given or piped.
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "WooCustomer", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(GetWooCustomerCommand.TypeName)]
    public sealed class RemoveWooCustomerCommand : WooRemoveCmdlet
    {
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [IdArgument]
        [ArgumentCompleter(typeof(NoValues))]
        public long[]? Id { get; set; }

        /// <summary>The e-mail addresses of the customers to remove; a piped row's e-mail is used when it has no id.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(NoValues))]
        public string[]? Email { get; set; }

        internal override long[]? IdsGiven => Id;

        internal override string[]? KeysGiven => Email;

        internal override WooResource Resource => WooResource.Customers;

        internal override string[] ItemTypes => new[] { GetWooCustomerCommand.TypeName };
    }
}
