using System.Management.Automation;
using WooPS.Base;
using WooPS.Completion;
using WooPS.Core;
using WooPS.Core.Resources;
using WooPS.Core.Resources.Catalog;

namespace WooPS.Commands
{
    /// <summary>
    /// The terms of global attributes (Red, Blue… of Color): all of an attribute's, page by page, or some by id.
    /// Attributes piped in list their terms: <c>Get-WooProductAttribute Color | Get-WooProductAttributeTerm</c>.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "WooProductAttributeTerm", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(TypeName)]
    public sealed class GetWooProductAttributeTermCommand : WooGetNestedCmdlet
    {
        internal const string TypeName = "WooPS.ProductAttributeTerm";

        /// <summary>The attribute's id. Piped attributes bring their own; a term does not carry its attribute's.</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = IdSet)]
        [Parameter(Position = 0, ParameterSetName = ListSet)]
        [ValidateRange(1, long.MaxValue)]
        [ArgumentCompleter(typeof(FieldChoices))]
        public long AttributeId { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(NoValues))]
        public string? Search { get; set; }

        internal override WooResource Resource => WooResource.AttributeTerms;

        internal override long? ParentIdGiven => MyInvocation.BoundParameters.ContainsKey(nameof(AttributeId)) ? AttributeId : (long?)null;

        internal override string ParentParameter => "-AttributeId";

        internal override string PipelineTakes => "attributes (whose terms it lists), and ids (of attributes, or with -AttributeId of terms)";

        internal override void WriteItemsOf(WooSession session, long parentId) =>
            WriteListing(session, Resource.Of(parentId), new TermQuery { Search = Search }, itemErrorsContinue: true);
    }
}
