using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using WooPS.Binding;
using WooPS.Completion;
using WooPS.Core;
using WooPS.Core.Resources;
using WooPS.Core.Resources.Lookups;
using WooPS.Errors;

namespace WooPS.Base
{
    /// <summary>
    /// Base of the Get cmdlets of a collection inside another item (a product's variations, an attribute's
    /// terms). The parent comes from its parameter (the derived cmdlet names it) or the pipeline: a parent object
    /// or a bare id lists its items; an item of the collection, or an id with the parent given, is fetched with
    /// others of the same parent, 100 to a request.
    /// </summary>
    public abstract class WooGetNestedCmdlet : WooGetCmdlet
    {
        [Parameter(Mandatory = true, Position = 1, ParameterSetName = IdSet)]
        [ValidateRange(1, long.MaxValue)]
        [ArgumentCompleter(typeof(NoValues))]
        public long[] Id { get; set; } = Array.Empty<long>();

        /// <summary>The collection, in no parent yet (e.g. <see cref="WooResource.Variations"/>).</summary>
        internal abstract WooResource Resource { get; }

        /// <summary>The parent given by the derived cmdlet's parameter, when it was given.</summary>
        internal abstract long? ParentIdGiven { get; }

        /// <summary>"-ProductId": the parameter that names the parent, for messages.</summary>
        internal abstract string ParentParameter { get; }

        internal override IEnumerable<ItemKey> KeysAskedFor => Id.Select(id => ItemKey.ById(Resource.Of(ParentIdGiven!.Value), id));

        internal override void WriteList(WooSession session)
        {
            if (!(ParentIdGiven is long parent))
            {
                ThrowTerminatingError(WooErrors.From(new WooApiException(
                    WooErrorCodes.WrongInput,
                    $"Which {Resource.Parent!.Singular}'s {Resource.Plural}? Give {ParentParameter}, or pipe {Resource.Parent.Plural} in.")));
                return;
            }

            // The parent named is one item asked for: when it does not exist, that is its error, as for -Id.
            WriteItemsOf(session, parent);
        }

        /// <summary>
        /// Lists the items of one parent with the cmdlet's own filters, through <see cref="WooGetCmdlet.WriteListing"/>
        /// with <c>itemErrorsContinue</c>: a parent that does not exist is an error about it, and the pipeline goes on.
        /// </summary>
        internal abstract void WriteItemsOf(WooSession session, long parentId);

        internal override void Take(WooSession session, PipedObject piped)
        {
            WooResource parentResource = Resource.Parent!;
            bool ownKind = piped.WooType == null || piped.WooType == Resource.TypeName;
            if (piped.IsForeign || !(piped.Id is long id) || !(ownKind || piped.WooType == parentResource.TypeName) || (piped.LooksLikeTerm && Resource.Key != null))
            {
                Refuse(piped, RefusalHint(piped));
                return;
            }

            long? parent = ownKind ? piped.ParentId ?? ParentIdGiven : null;
            if (parent is long parentId)
            {
                ThrowIfListOptionsGiven(piped.Description, piped.Original);
                LookUp(session, ItemKey.ById(Resource.Of(parentId), id), piped.Original);
            }
            else if (piped.WooType == parentResource.TypeName && ParentIdGiven != null)
            {
                Refuse(piped, $"Pipe {parentResource.Plural} in, or give {ParentParameter}, not both.");
            }
            else if (piped.WooType != Resource.TypeName)
            {
                // A parent object, or a bare id: the parent whose items to list.
                WriteItemsOf(session, id);
            }
            else
            {
                Refuse(piped, $"A {Resource.TypeName} does not carry its {parentResource.Singular}'s id: give {ParentParameter}.");
            }
        }

        /// <summary>What to do instead with an object this cmdlet does not take, when there is something to say.</summary>
        internal virtual string? RefusalHint(PipedObject piped) => null;
    }
}
