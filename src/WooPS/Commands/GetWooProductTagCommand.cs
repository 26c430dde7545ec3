using System.Management.Automation;
using WooPS.Base;
using WooPS.Binding;
using WooPS.Completion;
using WooPS.Core;
using WooPS.Core.Resources;
using WooPS.Core.Resources.Catalog;

namespace WooPS.Commands
{
    /// <summary>Product tags by id (given or piped), or all of them (filtered) page by page.</summary>
    [Cmdlet(VerbsCommon.Get, "WooProductTag", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(TypeName)]
    public sealed class GetWooProductTagCommand : WooGetTopLevelCmdlet
    {
        internal const string TypeName = "WooPS.ProductTag";

        [Parameter(ParameterSetName = ListSet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(NoValues))]
        public string? Search { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(NoValues))]
        public string? Slug { get; set; }

        internal override WooResource Resource => WooResource.Tags;

        internal override string PipelineTakes => "tags and ids";

        internal override string? RefusalHint(PipedObject piped) =>
            piped.WooType == GetWooProductCommand.TypeName ? "A product's tags are in its tags property: Get-WooProductTag -Id $product.tags.id" : null;

        internal override void WriteList(WooSession session) =>
            WriteListing(session, Resource, new TermQuery { Search = Search, Slug = Slug });
    }
}
