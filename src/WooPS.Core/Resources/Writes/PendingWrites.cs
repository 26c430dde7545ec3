using System.Collections.Generic;
using System.Linq;

namespace WooPS.Core.Resources.Writes
{
    /// <summary>
    /// The rows with changes that have not been answered yet, per item: held for a fuller batch, or on their way.
    /// A later row that writes one of their fields always sends it, as a value compared with the store's now could
    /// be undone by them (row 1 sets 77.77, row 900 sets the old price back) or never land (row 1 fails).
    /// </summary>
    internal sealed class PendingWrites
    {
        private readonly Dictionary<(string Route, long Id), List<WriteRow>> _rows = new Dictionary<(string, long), List<WriteRow>>();

        public void Add(WriteRow row)
        {
            if (Slot(row) is (string, long) slot)
            {
                if (!_rows.TryGetValue(slot, out List<WriteRow>? rows))
                {
                    _rows[slot] = rows = new List<WriteRow>();
                }

                rows.Add(row);
            }
        }

        /// <summary>Rows that are answered (or will never be sent) no longer stand in the way.</summary>
        public void RemoveEnded()
        {
            foreach (var item in _rows.ToList())
            {
                item.Value.RemoveAll(row => row.Outcome != RowOutcome.Pending);
                if (item.Value.Count == 0)
                {
                    _rows.Remove(item.Key);
                }
            }
        }

        /// <summary>An unanswered row writes this field of this item.</summary>
        public bool Writes(WooResource resource, long id, string field) =>
            _rows.TryGetValue((resource.Route, id), out List<WriteRow>? rows) && rows.Any(row => row.Plan!.Changes.Any(change => change.Name == field));

        private static (string, long)? Slot(WriteRow row) =>
            row.Plan?.Id is long id ? (row.Plan.Resource.Route, id) : ((string, long)?)null;
    }
}
