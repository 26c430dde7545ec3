using System;
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
    [Cmdlet(VerbsCommon.Get, "WooProductVariation", SupportsPaging = true)]
    [OutputType(TypeName)]
    public sealed class GetWooProductVariationCommand : WooListCmdlet
    {
        internal const string TypeName = "WooPS.ProductVariation";

        /// <summary>The variable product's id; a product object binds by its id.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("id")]
        [ValidateRange(1, long.MaxValue)]
        public long ProductId { get; set; }

        /// <summary>Only these variations.</summary>
        [Parameter(Position = 1)]
        [Alias("VariationId")]
        [ValidateRange(1, long.MaxValue)]
        public long[]? Id { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[]? Sku { get; set; }

        [Parameter]
        [ValidateSet("instock", "outofstock", "onbackorder")]
        public string? StockStatus { get; set; }

        protected override void ProcessRecord()
        {
            WooSession session = ResolveSession();
            WooResource variations = WooResource.VariationsOf(ProductId);
            if (Id != null)
            {
                WriteById(session, variations, Id, TypeName);
                return;
            }

            WriteListing(session, variations, new ProductQuery { Sku = Sku, StockStatus = StockStatus }, TypeName, "variations");
        }
    }
}
