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
    public sealed class GetWooProductAttributeTermCommand : WooChildCatalogCmdlet
    {
        internal const string TypeName = "WooPS.ProductAttributeTerm";

        /// <summary>The attribute's id. An attribute piped in stands for its id (a term cannot: it does not carry its attribute's).</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [IdOfParentTransformation(GetWooProductAttributeCommand.TypeName, "id")]
        [ValidateRange(1, long.MaxValue)]
        public long AttributeId { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        [ValidateNotNullOrEmpty]
        public string? Search { get; set; }

        internal override WooResource Resource => WooResource.TermsOf(AttributeId);

        internal override string ItemTypeName => TypeName;

        internal override void WriteList(WooSession session) =>
            WriteListing(session, Resource, new TermQuery { Search = Search }, TypeName, "terms");
    }
}
