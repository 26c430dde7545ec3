using System.Management.Automation;
using WooPS.Binding;
using WooPS.Completion;
using WooPS.Core.Resources;
using WooPS.Core.Resources.Writes;
using WooPS.Fields;

namespace WooPS.Commands
{
    /// <summary>
    /// Creates products, from parameters or piped rows, 100 to a batch, and writes each as the store made it. A
    /// row the store refuses (a SKU another product has) is an error naming it; the others are created.
    /// </summary>
    [Cmdlet(VerbsCommon.New, "WooProduct", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(GetWooProductCommand.TypeName)]
    public sealed class NewWooProductCommand : WooProductWriteCmdlet
    {
        /// <summary>The name; text piped in is taken as the name too. WooCommerce names a product without one "Product".</summary>
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [Field("name")]
        [ArgumentCompleter(typeof(FieldChoices))]
        public string? Name { get; set; }

        /// <summary>simple (WooCommerce's default), grouped, external or variable.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Field("type")]
        [ArgumentCompleter(typeof(FieldChoices))]
        public string? Type { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Field("sku")]
        [ArgumentCompleter(typeof(FieldChoices))]
        public string? Sku { get; set; }

        internal override WriteAction Action => WriteAction.Create;

        internal override WooResource Resource => WooResource.Products;

        internal override void ProcessRow() => Create(Resource, GetWooProductCommand.TypeName);
    }
}
