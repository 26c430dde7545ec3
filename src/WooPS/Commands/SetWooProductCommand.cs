using System.Management.Automation;
using WooPS.Binding;
using WooPS.Completion;
using WooPS.Core.Resources;
using WooPS.Core.Resources.Writes;
using WooPS.Fields;

namespace WooPS.Commands
{
    /// <summary>
    /// Changes products (and variations, found by their SKU) named by id or SKU, from parameters or piped rows: CSV
    /// rows, objects from Get-WooProduct, hashtables. Rows go to WooCommerce 100 to a batch; each row ends as the
    /// product written, "unchanged" (-SkipUnchanged) or an error naming it.
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "WooProduct", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(GetWooProductCommand.TypeName, GetWooProductVariationCommand.TypeName)]
    public sealed class SetWooProductCommand : WooProductWriteCmdlet
    {
        /// <summary>The product's id.</summary>
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [IdArgument]
        [ArgumentCompleter(typeof(NoValues))]
        public long? Id { get; set; }

        /// <summary>The product's (or variation's) SKU; with -Id, a new SKU for it.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Field("sku")]
        [ArgumentCompleter(typeof(FieldChoices))]
        public string? Sku { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Field("name")]
        [ArgumentCompleter(typeof(FieldChoices))]
        public string? Name { get; set; }

        internal override WriteAction Action => WriteAction.Update;

        internal override WooResource Resource => WooResource.Products;

        internal override void ProcessRow() => Update(Resource, Id, Sku, GetWooProductCommand.TypeName, GetWooProductVariationCommand.TypeName);
    }
}
