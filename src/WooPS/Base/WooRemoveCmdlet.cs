using System;
using System.Management.Automation;
using WooPS.Core.Resources;
using WooPS.Core.Resources.Writes;

namespace WooPS.Base
{
    /// <summary>
    /// Base of the Remove cmdlets: items named by their ids or natural keys, given or piped. Each is read first, so
    /// the prompt names it (and says what loses it) and an item already in the trash is left as it is. Where the
    /// resource has a trash (its descriptor says so) an item goes there, one DELETE each since a batch delete is
    /// always for good, and -Permanent (a dynamic parameter of those cmdlets only) deletes for good, 100 to a
    /// batch. Elsewhere a delete is always for good.
    /// </summary>
    public abstract class WooRemoveCmdlet : WooWriteCmdlet, IDynamicParameters
    {
        private readonly TrashSwitch _trash = new TrashSwitch();

        /// <summary>Write each item as it was before it was removed.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        internal override WriteAction Action => WriteAction.Delete;

        internal override bool WritesItems => PassThru.IsPresent;

        internal abstract string[] ItemTypes { get; }

        /// <summary>The ids given (each cmdlet declares -Id, placed after the parent's id where there is one).</summary>
        internal abstract long[]? IdsGiven { get; }

        /// <summary>The natural keys given (-Sku, -Code, -Email), where the items have one.</summary>
        internal virtual string[]? KeysGiven => null;

        /// <summary>The resource of this row: a variation's is its product's (from -ProductId or the row).</summary>
        internal virtual WooResource RowResource => Resource;

        public object? GetDynamicParameters() => Resource.HasTrash ? _trash : null;

        internal override string Operation(WriteRow row)
        {
            WooResource resource = row.Plan?.Resource ?? row.Resource;
            string what = row.Force || !resource.HasTrash ? "Delete for good" : "Move to the trash";
            return resource.UsedBy != null && row.Plan?.Current?["count"] is long count && count > 0
                ? $"{what} ({(count == 1 ? $"1 {resource.UsedBy} uses it and loses it" : $"{count} {resource.UsedBy}s use it and lose it")})"
                : what;
        }

        internal override void ProcessRow()
        {
            if (Refused(Resource, ItemTypes))
            {
                return;
            }

            bool force = _trash.Permanent.IsPresent || !Resource.HasTrash;
            foreach (long id in IdsGiven ?? Array.Empty<long>())
            {
                Add(NamedRow(RowResource, id, null), force);
            }

            // A piped item has an id and a key: it names one item, by its id.
            string keyParameter = Resource.Key == null ? string.Empty : char.ToUpperInvariant(Resource.Key.Field[0]) + Resource.Key.Field.Substring(1);
            bool byKey = KeysGiven != null && (IdsGiven == null || GivenByName(keyParameter));
            foreach (string key in byKey ? KeysGiven! : Array.Empty<string>())
            {
                Add(NamedRow(RowResource, null, key), force);
            }

            if (IdsGiven == null && KeysGiven == null)
            {
                Add(NamedRow(RowResource, null, null), force);
            }
        }

        private void Add(WriteRow? row, bool force)
        {
            if (row != null)
            {
                row.Force = force;
                Write(row);
            }
        }

        /// <summary>-Permanent, of the Remove cmdlets whose items go to a trash.</summary>
        public sealed class TrashSwitch
        {
            /// <summary>Delete for good instead of moving to the trash; then 100 go in one batch.</summary>
            [Parameter]
            public SwitchParameter Permanent { get; set; }
        }
    }
}
