using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using WooPS.Binding;
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
        public long[] Id { get; set; } = Array.Empty<long>();

        internal abstract WooResource Resource { get; }

        /// <summary>The type names of the objects that stand for one of this collection's items.</summary>
        internal virtual IReadOnlyCollection<string> ItemTypes => new[] { Resource.TypeName };

        internal override IEnumerable<ItemKey> KeysAskedFor => Id.Select(id => ItemKey.ById(Resource, id));

        internal override void Take(WooSession session, PipedObject piped)
        {
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

        /// <summary>What to do instead with an object of another kind, when there is something to say.</summary>
        internal virtual string? RefusalHint(PipedObject piped) => null;
    }
}
