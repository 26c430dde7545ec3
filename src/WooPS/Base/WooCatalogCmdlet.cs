using System;
using System.Collections.Generic;
using System.Management.Automation;

namespace WooPS.Base
{
    /// <summary>
    /// Base of the Get cmdlets of a top-level collection (products, categories, tags, attributes): -Id (also
    /// from the pipeline, by value or by an id property) gets those items; without it, the cmdlet's filters list.
    /// </summary>
    public abstract class WooCatalogCmdlet : WooListCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = IdSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateRange(1, long.MaxValue)]
        public long[] Id { get; set; } = Array.Empty<long>();

        internal override IReadOnlyList<long>? IdsAskedFor => ParameterSetName == IdSet ? Id : null;
    }
}
