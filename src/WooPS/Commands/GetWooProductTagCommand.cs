using System;
using System.Management.Automation;
using WooPS.Base;
using WooPS.Core;
using WooPS.Core.Resources;

namespace WooPS.Commands
{
    /// <summary>Product tags by id, or all of them (filtered) page by page.</summary>
    [Cmdlet(VerbsCommon.Get, "WooProductTag", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(TypeName)]
    public sealed class GetWooProductTagCommand : WooListCmdlet
    {
        internal const string TypeName = "WooPS.ProductTag";
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

        protected override void ProcessRecord()
        {
            WooSession session = ResolveSession();
            if (ParameterSetName == IdSet)
            {
                WriteById(session, WooResource.Tags, Id, TypeName);
                return;
            }

            WriteListing(session, WooResource.Tags, new TermQuery { Search = Search, Slug = Slug }, TypeName, "tags");
        }
    }
}
