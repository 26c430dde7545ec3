using System.Management.Automation;
using WooPS.Base;
using WooPS.Core;
using WooPS.Core.Resources;

namespace WooPS.Commands
{
    /// <summary>Product tags by id, or all of them (filtered) page by page.</summary>
    [Cmdlet(VerbsCommon.Get, "WooProductTag", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(TypeName)]
    public sealed class GetWooProductTagCommand : WooCatalogCmdlet
    {
        internal const string TypeName = "WooPS.ProductTag";

        [Parameter(ParameterSetName = ListSet)]
        [ValidateNotNullOrEmpty]
        public string? Search { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        [ValidateNotNullOrEmpty]
        public string? Slug { get; set; }

        internal override WooResource Resource => WooResource.Tags;

        internal override string ItemTypeName => TypeName;

        internal override void WriteList(WooSession session) =>
            WriteListing(session, Resource, new TermQuery { Search = Search, Slug = Slug }, TypeName, "tags");
    }
}
