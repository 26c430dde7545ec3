using System.Management.Automation;
using WooPS.Base;
using WooPS.Core.Resources;

namespace WooPS.Commands
{
    /// <summary>
    /// Moves products (or variations, by SKU) to the trash, one DELETE each, several at once; with -Permanent
    /// deletes them for good, 100 to a batch. Named by id or SKU, given or piped.
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "WooProduct", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(GetWooProductCommand.TypeName, GetWooProductVariationCommand.TypeName)]
    public sealed class RemoveWooProductCommand : WooRemoveCmdlet
    {
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [FieldValue(Whole = true)]
        public long[]? Id { get; set; }

        /// <summary>The SKUs of the products (or variations) to remove; a piped row's SKU is used when it has no id.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [FieldValue]
        public string[]? Sku { get; set; }

        /// <summary>Delete for good instead of moving to the trash; then 100 go in one batch.</summary>
        [Parameter]
        public SwitchParameter Permanent { get; set; }

        internal override bool Permanently => Permanent.IsPresent;

        internal override long[]? IdsGiven => Id;

        internal override string[]? SkusGiven => Sku;

        internal override WooResource Collection => WooResource.Products;

        internal override string[] ItemTypes => new[] { GetWooProductCommand.TypeName, GetWooProductVariationCommand.TypeName };
    }
}
