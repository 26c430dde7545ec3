using System.Management.Automation;
using WooPS.Base;
using WooPS.Core.Resources;

namespace WooPS.Commands
{
    /// <summary>
    /// Moves variations to the trash, one DELETE each; with -Permanent deletes them for good, batched through each
    /// product's variations/batch route. Named by -ProductId and -Id, by SKU, or piped.
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "WooProductVariation", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(GetWooProductVariationCommand.TypeName)]
    public sealed class RemoveWooProductVariationCommand : WooCatalogItemRemoveCmdlet
    {
        /// <summary>The variable product the variations belong to; not needed with -Sku.</summary>
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("parent_id", "product_id")]
        [FieldValue(Whole = true)]
        public long? ProductId { get; set; }

        [Parameter(Position = 1, ValueFromPipelineByPropertyName = true)]
        [FieldValue(Whole = true)]
        public long[]? Id { get; set; }

        internal override long[]? IdsGiven => Id;

        internal override WooResource Collection => WooResource.Variations;

        internal override WooResource Place => ProductId is long product ? WooResource.Variations.Of(product) : WooResource.Variations;

        internal override string[] ItemTypes => new[] { GetWooProductVariationCommand.TypeName };
    }
}
