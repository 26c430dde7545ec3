using System.Management.Automation;
using WooPS.Base;
using WooPS.Binding;
using WooPS.Completion;
using WooPS.Core;
using WooPS.Core.Resources;
using WooPS.Core.Resources.Catalog;

namespace WooPS.Commands
{
    /// <summary>Product categories by id (given or piped), or all of them (filtered) page by page.</summary>
    [Cmdlet(VerbsCommon.Get, "WooProductCategory", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(TypeName)]
    public sealed class GetWooProductCategoryCommand : WooGetTopLevelCmdlet
    {
        internal const string TypeName = "WooPS.ProductCategory";

        [Parameter(ParameterSetName = ListSet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(NoValues))]
        public string? Search { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(NoValues))]
        public string? Slug { get; set; }

        /// <summary>Only the direct children of this category (0: top-level categories).</summary>
        [Parameter(ParameterSetName = ListSet)]
        [ValidateRange(0, long.MaxValue)]
        [ArgumentCompleter(typeof(NoValues))]
        public long? ParentId { get; set; }

        internal override WooResource Resource => WooResource.Categories;

        internal override string PipelineTakes => "categories and ids";

        internal override string? RefusalHint(PipedObject piped) =>
            piped.WooType == GetWooProductCommand.TypeName ? "A product's categories are in its categories property: Get-WooProductCategory -Id $product.categories.id" : null;

        internal override void WriteList(WooSession session) =>
            WriteListing(session, Resource, new TermQuery { Search = Search, Slug = Slug, ParentId = ParentId });
    }
}
