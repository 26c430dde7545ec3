using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using WooPS.Binding;
using WooPS.Completion;
using WooPS.Core;
using WooPS.Core.Resources;
using WooPS.Core.Resources.Lookups;

namespace WooPS.Base
{
    /// <summary>
    /// Base of the Get cmdlets of a top-level collection (products, categories, tags, attributes): -Id, or piped
    /// ids, rows with an id and the collection's own objects, fetched many at a time; without them, the cmdlet's
    /// filters list. Objects of another kind are refused, never read for their id.
    /// </summary>
    public abstract class WooGetTopLevelCmdlet : WooGetCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = IdSet)]
        [ValidateRange(1, long.MaxValue)]
        [ArgumentCompleter(typeof(NoValues))]
        public long[] Id { get; set; } = Array.Empty<long>();

        internal abstract WooResource Resource { get; }

        /// <summary>The type names of the objects that stand for one of this collection's items.</summary>
        internal virtual IReadOnlyCollection<string> ItemTypes => new[] { Resource.TypeName };

        internal override IEnumerable<ItemKey> KeysAskedFor => Id.Select(id => ItemKey.ById(Resource, id));

        /// <summary>
        /// Objects of other collections that stand for a filter of this one's listing, by type name, with the
        /// parameter that takes the filter by id: a category piped into Get-WooProduct lists its products, a
        /// customer piped into Get-WooOrder its orders.
        /// </summary>
        internal virtual IReadOnlyDictionary<string, string> PipedFilters { get; } = new Dictionary<string, string>();

        /// <summary>Lists the collection with the cmdlet's filters and one more, given by a piped object (<see cref="PipedFilters"/>).</summary>
        /// <param name="parameter">The parameter whose filter the piped object gives.</param>
        internal virtual void WriteListFilteredBy(WooSession session, string parameter, long id) => throw new NotSupportedException();

        internal override void Take(WooSession session, PipedObject piped)
        {
            if (piped.WooType != null && PipedFilters.TryGetValue(piped.WooType, out string? parameter))
            {
                TakeAsFilter(session, piped, parameter);
                return;
            }

            if (piped.IsForeign || (piped.WooType != null && !ItemTypes.Contains(piped.WooType)) || (piped.LooksLikeTerm && Resource.Key != null))
            {
                Refuse(piped, RefusalHint(piped));
                return;
            }

            ItemKey? key = piped.Id is long id ? ItemKey.ById(Resource, id)
                : Resource.Key != null && piped.KeyOf(Resource.Key) is string value ? ItemKey.ByKey(Resource, value)
                : null;
            if (key == null)
            {
                Refuse(piped);
                return;
            }

            ThrowIfListOptionsGiven(piped.Description, piped.Original);
            LookUp(session, key, piped.Original);
        }

        private void TakeAsFilter(WooSession session, PipedObject piped, string parameter)
        {
            if (!(piped.Id is long id))
            {
                Refuse(piped);
            }
            else if (MyInvocation.BoundParameters.ContainsKey(parameter))
            {
                Refuse(piped, $"Pipe {WooResource.ByTypeName(piped.WooType!)?.Plural ?? piped.WooType} in, or give -{parameter}, not both.");
            }
            else
            {
                // The piped object is one item asked for: when it names nothing, that is its error, and the pipeline goes on.
                WriteListFilteredBy(session, parameter, id);
            }
        }

        /// <summary>What to do instead with an object of another kind, when there is something to say.</summary>
        internal virtual string? RefusalHint(PipedObject piped) => null;
    }
}
