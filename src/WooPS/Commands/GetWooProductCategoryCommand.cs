using System;
using System.Management.Automation;
using WooPS.Base;
using WooPS.Core;
using WooPS.Core.Resources;

namespace WooPS.Commands
{
    /// <summary>Product categories by id, or all of them (filtered) page by page.</summary>
    [Cmdlet(VerbsCommon.Get, "WooProductCategory", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(TypeName)]
    public sealed class GetWooProductCategoryCommand : WooListCmdlet
    {
        internal const string TypeName = "WooPS.ProductCategory";
        private const string ListSet = "List";
        private const string IdSet = "Id";

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = IdSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateRange(1, long.MaxValue)]
        public long[] Id { get; set; } = Array.Empty<long>();

        [Parameter(ParameterSetName = ListSet)]
        [ValidateNotNullOrEmpty]
        public string? Search { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        [ValidateNotNullOrEmpty]
        public string? Slug { get; set; }

        /// <summary>Only the direct children of this category (0: top-level categories).</summary>
        [Parameter(ParameterSetName = ListSet)]
        [ValidateRange(0, long.MaxValue)]
        public long? ParentId { get; set; }

        protected override void ProcessRecord()
        {
            WooSession session = ResolveSession();
            if (ParameterSetName == IdSet)
            {
                WriteById(session, WooResource.Categories, Id, TypeName);
                return;
            }

            WriteListing(session, WooResource.Categories, new TermQuery { Search = Search, Slug = Slug, ParentId = ParentId }, TypeName, "categories");
        }
    }
}
