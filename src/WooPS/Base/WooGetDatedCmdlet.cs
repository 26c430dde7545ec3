using System;
using System.Management.Automation;
using WooPS.Completion;
using WooPS.Core.Resources;

namespace WooPS.Base
{
    /// <summary>
    /// Base of the Get cmdlets whose listings filter on when items were made and last changed (products, orders):
    /// the four date parameters, handed to the core's <see cref="DatedListQuery"/>, which sends them in UTC.
    /// </summary>
    public abstract class WooGetDatedCmdlet : WooGetTopLevelCmdlet
    {
        /// <summary>Items made after this moment (a Local or Unspecified time is this computer's; sent in UTC).</summary>
        [Parameter(ParameterSetName = ListSet)]
        [ArgumentCompleter(typeof(NoValues))]
        public DateTime? CreatedAfter { get; set; }

        /// <summary>Items made before this moment.</summary>
        [Parameter(ParameterSetName = ListSet)]
        [ArgumentCompleter(typeof(NoValues))]
        public DateTime? CreatedBefore { get; set; }

        /// <summary>Items last changed after this moment.</summary>
        [Parameter(ParameterSetName = ListSet)]
        [ArgumentCompleter(typeof(NoValues))]
        public DateTime? ModifiedAfter { get; set; }

        /// <summary>Items last changed before this moment.</summary>
        [Parameter(ParameterSetName = ListSet)]
        [ArgumentCompleter(typeof(NoValues))]
        public DateTime? ModifiedBefore { get; set; }

        /// <summary>The query with the date parameters given.</summary>
        // Not generic: a type constraint naming a WooPS.Core type is resolved when PowerShell reads the cmdlet
        // types, before the module's load context exists, and the import fails.
        internal DatedListQuery Dated(DatedListQuery query)
        {
            query.CreatedAfter = CreatedAfter;
            query.CreatedBefore = CreatedBefore;
            query.ModifiedAfter = ModifiedAfter;
            query.ModifiedBefore = ModifiedBefore;
            return query;
        }
    }
}
