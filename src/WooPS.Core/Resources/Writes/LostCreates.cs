using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using WooPS.Core.Resources.Lookups;

namespace WooPS.Core.Resources.Writes
{
    /// <summary>
    /// Creates whose answer was lost (a 504 after the store made them, a timeout, an answer cut short) are not
    /// sent again, which could make them twice: they are looked up by their natural key instead (SKU, code,
    /// e-mail), which the store keeps unique. Found holding what the row sent, the row is applied, with the item and
    /// its id; not found, it was not created and is safe to run again. A row without a key, an item that holds
    /// something else (made before: the store may have refused the create for it), or a lookup that fails too,
    /// stays in doubt.
    /// </summary>
    internal sealed class LostCreates
    {
        private readonly ResourceApi _api;

        public LostCreates(ResourceApi api)
        {
            _api = api;
        }

        public async Task FindAsync(IReadOnlyList<WriteRow> rows, IWooLog log, CancellationToken cancellationToken)
        {
            List<(WriteRow Row, string Key)> lost = rows
                .Where(row => row.Action == WriteAction.Create && row.Outcome == RowOutcome.InDoubt && row.Plan!.Resource.Key != null)
                .Select(row => (Row: row, Key: row.Plan!.Changes.FirstOrDefault(change => change.Name == row.Plan.Resource.Key!.Field)?.Value as string))
                .Where(lost => !string.IsNullOrWhiteSpace(lost.Key))
                .Select(lost => (lost.Row, lost.Key!))
                .ToList();
            if (lost.Count == 0)
            {
                return;
            }

            IReadOnlyList<FoundItem> found;
            try
            {
                found = await _api.Items.FindAsync(lost.ConvertAll(row => ItemKey.ByKey(row.Row.Plan!.Resource, row.Key)), log, cancellationToken, new LookupOptions { ToEdit = true }).ConfigureAwait(false);
            }
            catch (WooApiException failure)
            {
                log.Verbose($"{lost.Count} creates whose answer was lost could not be looked up ({failure.Message}); they stay in doubt.");
                return;
            }

            var claimed = new HashSet<long>();
            for (int index = 0; index < lost.Count; index++)
            {
                (WriteRow row, string key) = lost[index];
                NaturalKey naturalKey = row.Plan!.Resource.Key!;
                if (found[index].Item is Json.WooRecord item)
                {
                    // An item with the key may be one that was there before (why a create is refused): it counts
                    // only when it holds what the row sent, and for one row alone.
                    if (WriteFailures.NotTaken(row.Plan, item).Count == 0 && item.Id is long id && claimed.Add(id))
                    {
                        row.Applied(item, note: $"its answer was lost; found by {naturalKey.Describe(key)}");
                    }
                }
                else if (found[index].Failure?.Code == naturalKey.NotFound.Code)
                {
                    WriteFailures.NotCreated(row, key);
                }
            }
        }
    }
}
