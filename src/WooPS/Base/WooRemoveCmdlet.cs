using System;
using System.Management.Automation;
using WooPS.Core;
using WooPS.Core.Resources;

namespace WooPS.Base
{
    /// <summary>
    /// Base of the Remove cmdlets: items named by their ids (or SKUs where they have SKUs), given or piped. Where
    /// WooCommerce has a trash (products, variations) an item goes there, one DELETE each since a batch delete is
    /// always for good; -Permanent deletes for good, 100 to a batch. Terms have no trash: always for good, 100 to a batch.
    /// </summary>
    public abstract class WooRemoveCmdlet : WooWriteCmdlet
    {
        /// <summary>Write each item as it was before it was removed.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        internal abstract WooResource Collection { get; }

        /// <summary>Delete for good where there is a trash (-Permanent of the cmdlets whose items have one).</summary>
        internal virtual bool Permanently => false;

        internal abstract string[] ItemTypes { get; }

        /// <summary>The ids given (each cmdlet declares -Id, placed after the parent's id where there is one).</summary>
        internal abstract long[]? IdsGiven { get; }

        /// <summary>The SKUs given, where the items have them.</summary>
        internal virtual string[]? SkusGiven => null;

        /// <summary>The collection for this row: a variation's is its product's (from -ProductId or the row).</summary>
        internal virtual WooResource Place => Collection;

        internal override bool WritesItems => PassThru.IsPresent;

        internal override string Operation(PreparedWrite write) =>
            write.Row.Force || !write.Resource.HasTrash ? "Delete for good" : "Move to the trash";

        internal override void ProcessRow()
        {
            WooSession session = ResolveSession();
            if (Refused(Collection, ItemTypes))
            {
                return;
            }

            bool force = Permanently || !Collection.HasTrash;
            foreach (long id in IdsGiven ?? Array.Empty<long>())
            {
                Add(session, NamedRow(WriteAction.Delete, Place, id, null), force);
            }

            // A piped product has an id and a SKU: it names one product, by its id.
            bool bySku = SkusGiven != null && (IdsGiven == null || GivenByName("Sku"));
            foreach (string sku in bySku ? SkusGiven! : Array.Empty<string>())
            {
                Add(session, NamedRow(WriteAction.Delete, Place, null, sku), force);
            }

            if (IdsGiven == null && SkusGiven == null)
            {
                Add(session, NamedRow(WriteAction.Delete, Place, null, null), force);
            }
        }

        private void Add(WooSession session, WriteRow? row, bool force)
        {
            if (row != null)
            {
                row.Force = force;
                Write(session, row);
            }
        }
    }
}
