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
    public sealed class RemoveWooProductCommand : WooCatalogItemRemoveCmdlet
    {
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [FieldValue(Whole = true)]
        public long[]? Id { get; set; }

        internal override long[]? IdsGiven => Id;

        internal override WooResource Collection => WooResource.Products;

        internal override string[] ItemTypes => new[] { GetWooProductCommand.TypeName, GetWooProductVariationCommand.TypeName };
    }
}
