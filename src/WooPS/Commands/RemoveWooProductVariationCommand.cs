using System.Management.Automation;
using WooPS.Base;
using WooPS.Binding;
using WooPS.Completion;
using WooPS.Core.Resources;

namespace WooPS.Commands
{
    /// <summary>
    /// Moves variations to the trash, one DELETE each; with -Permanent deletes them for good, batched through each
    /// product's variations/batch route. Named by -ProductId and -Id, by SKU, or piped.
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "WooProductVariation", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(GetWooProductVariationCommand.TypeName)]
    public sealed class RemoveWooProductVariationCommand : WooRemoveCmdlet
    {
        /// <summary>The variable product the variations belong to; not needed with -Sku.</summary>
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("parent_id", "product_id")]
        [IdArgument("product_id")]
        [ArgumentCompleter(typeof(NoValues))]
        public long? ProductId { get; set; }

        [Parameter(Position = 1, ValueFromPipelineByPropertyName = true)]
        [IdArgument]
        [ArgumentCompleter(typeof(NoValues))]
        public long[]? Id { get; set; }

        /// <summary>The SKUs of the variations to remove; a piped row's SKU is used when it has no id.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(NoValues))]
        public string[]? Sku { get; set; }

        internal override long[]? IdsGiven => Id;

        internal override string[]? KeysGiven => Sku;

        internal override WooResource Resource => WooResource.Variations;

        internal override WooResource RowResource => ProductId is long product ? Resource.Of(product) : Resource;

        internal override string[] ItemTypes => new[] { GetWooProductVariationCommand.TypeName };
    }
}
