using System;
using System.Management.Automation;
using WooPS.Base;
using WooPS.Completion;
using WooPS.Core;
using WooPS.Core.Resources;

namespace WooPS.Commands
{
    /// <summary>Global product attributes (Color, Size…) by id (given or piped), or all of them; WooCommerce sends them all at once.</summary>
    [Cmdlet(VerbsCommon.Get, "WooProductAttribute", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(TypeName)]
    public sealed class GetWooProductAttributeCommand : WooGetTopLevelCmdlet
    {
        internal const string TypeName = "WooPS.ProductAttribute";

        /// <summary>Attributes whose name or slug contains this text (WooCommerce has no search here, so WooPS filters).</summary>
        [Parameter(ParameterSetName = ListSet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(NoValues))]
        public string? Search { get; set; }

        internal override WooResource Resource => WooResource.Attributes;

        internal override string PipelineTakes => "attributes and ids";

        internal override void WriteList(WooSession session) =>
            WriteListing(session, Resource, new ListQuery(), keep: Matches);

        private bool Matches(PSObject attribute) =>
            Search == null
            || Contains(attribute.Properties["name"]?.Value as string, Search)
            || Contains(attribute.Properties["slug"]?.Value as string, Search);

        private static bool Contains(string? text, string part) => text != null && text.IndexOf(part, StringComparison.OrdinalIgnoreCase) >= 0;
    }
}
