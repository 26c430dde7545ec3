using System;
using System.Collections.Generic;
using System.Management.Automation;

namespace WooPS.Base
{
    /// <summary>
    /// Base of the Get cmdlets of a collection inside another item (a product's variations, an attribute's
    /// terms): the parent comes first (the derived cmdlet names it), then -Id for some items of it.
    /// </summary>
    public abstract class WooChildCatalogCmdlet : WooListCmdlet
    {
        [Parameter(Mandatory = true, Position = 1, ParameterSetName = IdSet)]
        [ValidateRange(1, long.MaxValue)]
        public long[] Id { get; set; } = Array.Empty<long>();

        internal override IReadOnlyList<long>? IdsAskedFor => ParameterSetName == IdSet ? Id : null;
    }
}
