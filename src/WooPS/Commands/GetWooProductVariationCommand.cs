using System.Management.Automation;
using WooPS.Base;
using WooPS.Core;
using WooPS.Core.Resources;

namespace WooPS.Commands
{
    /// <summary>
    /// The variations of a variable product: all of them, page by page, or some by id. A product piped in binds
    /// by its id, so <c>Get-WooProduct -Type variable | Get-WooProductVariation</c> lists every variation.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "WooProductVariation", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(TypeName)]
    public sealed class GetWooProductVariationCommand : WooChildCatalogCmdlet
    {
        internal const string TypeName = "WooPS.ProductVariation";

        /// <summary>
        /// The variable product's id. A product piped in stands for its id, a variation for its product's
        /// (parent_id), so <c>Get-WooProduct -Type variable | Get-WooProductVariation</c> works.
        /// </summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [IdOfParentTransformation(TypeName, "parent_id")]
        [ValidateRange(1, long.MaxValue)]
        public long ProductId { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        [ValidateNotNullOrEmpty]
        public string[]? Sku { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        [ValidateSet("instock", "outofstock", "onbackorder")]
        public string? StockStatus { get; set; }

        internal override WooResource Resource => WooResource.VariationsOf(ProductId);

        internal override string ItemTypeName => TypeName;

        internal override void WriteList(WooSession session) =>
            WriteListing(session, Resource, new ProductQuery { Sku = Sku, StockStatus = StockStatus }, TypeName, "variations");
    }
}
