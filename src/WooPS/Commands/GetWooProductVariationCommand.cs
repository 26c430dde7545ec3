using System.Management.Automation;
using WooPS.Base;
using WooPS.Binding;
using WooPS.Completion;
using WooPS.Core;
using WooPS.Core.Resources;
using WooPS.Core.Resources.Catalog;

namespace WooPS.Commands
{
    /// <summary>
    /// The variations of variable products: all of a product's, page by page, or some by id. Products piped in
    /// list their variations (<c>Get-WooProduct -Type variable | Get-WooProductVariation</c>); variations piped in
    /// are fetched again, 100 to a request per product.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "WooProductVariation", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(TypeName)]
    public sealed class GetWooProductVariationCommand : WooGetNestedCmdlet
    {
        internal const string TypeName = "WooPS.ProductVariation";

        /// <summary>The variable product's id. Piped products, variations and rows bring their own.</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = IdSet)]
        [Parameter(Position = 0, ParameterSetName = ListSet)]
        [ValidateRange(1, long.MaxValue)]
        [ArgumentCompleter(typeof(NoValues))]
        public long ProductId { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(NoValues))]
        public string[]? Sku { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        [ChoiceOf(TypeName, "stock_status")]
        [ArgumentCompleter(typeof(FieldChoices))]
        public string? StockStatus { get; set; }

        internal override WooResource Resource => WooResource.Variations;

        internal override long? ParentIdGiven => MyInvocation.BoundParameters.ContainsKey(nameof(ProductId)) ? ProductId : (long?)null;

        internal override string ParentParameter => "-ProductId";

        internal override string PipelineTakes => "products (whose variations it lists), variations, and ids (of products, or with -ProductId of variations)";

        internal override string? RefusalHint(PipedObject piped) =>
            piped.Text != null || piped.KeyOf(WooPS.Core.Resources.NaturalKey.Sku) != null ? "Get-WooProduct -Sku finds variations by SKU." : null;

        internal override void WriteItemsOf(WooSession session, long parentId) =>
            WriteListing(session, Resource.Of(parentId), new ProductQuery { Sku = Sku, StockStatus = StockStatus }, itemErrorsContinue: true);
    }
}
