using System;
using System.Management.Automation;
using WooPS.Base;
using WooPS.Core;
using WooPS.Core.Resources;

namespace WooPS.Commands
{
    /// <summary>
    /// The terms of a global attribute (Red, Blue… of Color): all of them page by page, or some by id. An
    /// attribute piped in binds by its id: <c>Get-WooProductAttribute Color | Get-WooProductAttributeTerm</c>.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "WooProductAttributeTerm", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(TypeName)]
    public sealed class GetWooProductAttributeTermCommand : WooListCmdlet
    {
        internal const string TypeName = "WooPS.ProductAttributeTerm";
        private const string ListSet = "List";
        private const string IdSet = "Id";

        /// <summary>The attribute's id. An attribute piped in stands for its id (a term cannot: it does not carry its attribute's).</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [IdOfParentTransformation(GetWooProductAttributeCommand.TypeName, "id")]
        [ValidateRange(1, long.MaxValue)]
        public long AttributeId { get; set; }

        /// <summary>Only these terms.</summary>
        [Parameter(Mandatory = true, Position = 1, ParameterSetName = IdSet)]
        [ValidateRange(1, long.MaxValue)]
        public long[] Id { get; set; } = Array.Empty<long>();

        [Parameter(ParameterSetName = ListSet)]
        [ValidateNotNullOrEmpty]
        public string? Search { get; set; }

        protected override void ProcessRecord()
        {
            WooSession session = ResolveSession();
            WooResource terms = WooResource.TermsOf(AttributeId);
            if (ParameterSetName == IdSet)
            {
                WriteById(session, terms, Id, TypeName);
                return;
            }

            WriteListing(session, terms, new TermQuery { Search = Search }, TypeName, "terms");
        }
    }
}
