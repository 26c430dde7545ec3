using System;
using System.Management.Automation;
using WooPS.Core;
using WooPS.Core.Resources;

namespace WooPS.Base
{
    /// <summary>
    /// Base of the Get cmdlets of a top-level collection (products, categories, tags, attributes): -Id (also
    /// from the pipeline, by value or by an id property) gets those items; without it, the cmdlet's filters list.
    /// </summary>
    public abstract class WooCatalogCmdlet : WooListCmdlet
    {
        protected const string ListSet = "List";
        protected const string IdSet = "Id";

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = IdSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateRange(1, long.MaxValue)]
        public long[] Id { get; set; } = Array.Empty<long>();

        internal abstract WooResource Resource { get; }

        /// <summary>The PowerShell type name of the items, for their view.</summary>
        internal abstract string ItemTypeName { get; }

        protected override void ProcessRecord()
        {
            WooSession session = ResolveSession();
            if (ParameterSetName == IdSet)
            {
                WriteById(session, Resource, Id, ItemTypeName);
            }
            else
            {
                WriteList(session);
            }
        }

        /// <summary>Lists the collection with the cmdlet's own filters (see <see cref="WooListCmdlet.WriteListing(WooSession, WooResource, ListQuery, string, string, Func{PSObject, bool})"/>).</summary>
        internal abstract void WriteList(WooSession session);
    }
}
