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
    [Cmdlet(VerbsCommon.Get, "WooProductAttributeTerm", SupportsPaging = true)]
    [OutputType(TypeName)]
    public sealed class GetWooProductAttributeTermCommand : WooListCmdlet
    {
        internal const string TypeName = "WooPS.ProductAttributeTerm";

        /// <summary>The attribute's id; an attribute object binds by its id.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("id")]
        [ValidateRange(1, long.MaxValue)]
        public long AttributeId { get; set; }

        /// <summary>Only these terms.</summary>
        [Parameter(Position = 1)]
        [Alias("TermId")]
        [ValidateRange(1, long.MaxValue)]
        public long[]? Id { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Search { get; set; }

        protected override void ProcessRecord()
        {
            WooSession session = ResolveSession();
            WooResource terms = WooResource.TermsOf(AttributeId);
            if (Id != null)
            {
                WriteById(session, terms, Id, TypeName);
                return;
            }

            WriteListing(session, terms, new TermQuery { Search = Search }, TypeName, "terms");
        }
    }
}
