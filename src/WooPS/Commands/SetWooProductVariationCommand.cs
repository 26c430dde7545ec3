using System.Management.Automation;
using WooPS.Binding;
using WooPS.Completion;
using WooPS.Core.Resources;
using WooPS.Core.Resources.Writes;
using WooPS.Fields;

namespace WooPS.Commands
{
    /// <summary>
    /// Changes variations named by -ProductId and -Id, by SKU alone, or piped (a variation carries its product's
    /// id), batched through each product's variations/batch route, 100 to a request.
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "WooProductVariation", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(GetWooProductVariationCommand.TypeName)]
    public sealed class SetWooProductVariationCommand : WooCatalogItemWriteCmdlet
    {
        /// <summary>The variable product the variation belongs to; not needed with -Sku.</summary>
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("parent_id", "product_id")]
        [IdArgument("product_id")]
        [ArgumentCompleter(typeof(NoValues))]
        public long? ProductId { get; set; }

        [Parameter(Position = 1, ValueFromPipelineByPropertyName = true)]
        [IdArgument]
        [ArgumentCompleter(typeof(NoValues))]
        public long? Id { get; set; }

        /// <summary>The variation's SKU; with -Id, a new SKU for it.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Field("sku")]
        [ArgumentCompleter(typeof(FieldChoices))]
        public string? Sku { get; set; }

        internal override WriteAction Action => WriteAction.Update;

        internal override WooResource Resource => WooResource.Variations;

        internal override void ProcessRow() =>
            Update(ProductId is long product ? Resource.Of(product) : Resource, Id, Sku, GetWooProductVariationCommand.TypeName);
    }
}
