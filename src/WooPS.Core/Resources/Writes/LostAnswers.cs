using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using WooPS.Core.Json;
using WooPS.Core.Resources.Lookups;

namespace WooPS.Core.Resources.Writes
{
    /// <summary>
    /// Creates and deletes whose answer was lost (a 504 after the store acted, a timeout, an answer cut short, a 5xx
    /// that did nothing) are not sent again, which could make an item twice or delete another that took its
    /// place: the store is asked instead, before the command ends, so that most rows in doubt end applied or
    /// failed. A row the store cannot be asked about (no key, a lookup that fails too) stays in doubt.
    /// </summary>
    internal sealed class LostAnswers
    {
        private readonly ResourceApi _api;

        public LostAnswers(ResourceApi api)
        {
            _api = api;
        }

        public async Task SettleAsync(IReadOnlyList<WriteRow> rows, IWooLog log, CancellationToken cancellationToken)
        {
            await CreatesAsync(rows, log, cancellationToken).ConfigureAwait(false);
            await DeletesAsync(rows, log, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>
        /// Looked up by their natural key (SKU, code, e-mail), which the store keeps unique. Found holding what the
        /// row sent, the row is applied, with the item and its id; not found, it was not created and is safe to run
        /// again. An item that holds something else (made before: the store may have refused the create for it)
        /// stays in doubt.
        /// </summary>
        private async Task CreatesAsync(IReadOnlyList<WriteRow> rows, IWooLog log, CancellationToken cancellationToken)
        {
            List<(WriteRow Row, string Key)> lost = Lost(rows, WriteAction.Create)
                .Where(row => row.Plan!.Resource.Key != null)
                .Select(row => (Row: row, Key: row.Plan!.Changes.FirstOrDefault(change => change.Name == row.Plan.Resource.Key!.Field)?.Value as string))
                .Where(lost => !string.IsNullOrWhiteSpace(lost.Key))
                .Select(lost => (lost.Row, lost.Key!))
                .ToList();
            IReadOnlyList<FoundItem>? found = await FindAsync(lost.ConvertAll(row => ItemKey.ByKey(row.Row.Plan!.Resource, row.Key)), "creates", new LookupOptions { ToEdit = true }, log, cancellationToken).ConfigureAwait(false);
            var claimed = new HashSet<long>();
            for (int index = 0; found != null && index < lost.Count; index++)
            {
                (WriteRow row, string key) = lost[index];
                NaturalKey naturalKey = row.Plan!.Resource.Key!;
                if (found[index].Item is WooRecord item)
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

        /// <summary>
        /// Looked up by id: an item the store no longer has was deleted, one in the trash was moved there (when that
        /// was asked), and one still in its place was not deleted and is safe to delete again.
        /// </summary>
        private async Task DeletesAsync(IReadOnlyList<WriteRow> rows, IWooLog log, CancellationToken cancellationToken)
        {
            List<WriteRow> lost = Lost(rows, WriteAction.Delete).Where(row => row.Plan?.Id != null).ToList();
            IReadOnlyList<FoundItem>? found = await FindAsync(lost.ConvertAll(row => ItemKey.ById(row.Plan!.Resource, row.Plan.Id!.Value)), "deletes", LookupOptions.AsShown, log, cancellationToken).ConfigureAwait(false);
            for (int index = 0; found != null && index < lost.Count; index++)
            {
                WriteRow row = lost[index];
                if (found[index].Item is WooRecord item)
                {
                    if (!row.Force && row.Plan!.Resource.HasTrash && item["status"] as string == "trash")
                    {
                        row.Applied(item, note: "its answer was lost; it is in the trash");
                    }
                    else
                    {
                        WriteFailures.NotDeleted(row);
                    }
                }
                else if (found[index].Failure?.StatusCode == (int)HttpStatusCode.NotFound)
                {
                    // Written out as it was before, as the store's answer to a delete would have shown it.
                    row.Applied(row.Plan!.Current, note: "its answer was lost; the store no longer has it");
                }
            }
        }

        private static IEnumerable<WriteRow> Lost(IReadOnlyList<WriteRow> rows, WriteAction action) =>
            rows.Where(row => row.Action == action && row.Outcome == RowOutcome.InDoubt);

        /// <summary>The items behind the keys, or null when there are none to look for or the lookup fails too.</summary>
        private async Task<IReadOnlyList<FoundItem>?> FindAsync(List<ItemKey> keys, string what, LookupOptions options, IWooLog log, CancellationToken cancellationToken)
        {
            if (keys.Count == 0)
            {
                return null;
            }

            try
            {
                return await _api.Items.FindAsync(keys, log, cancellationToken, options).ConfigureAwait(false);
            }
            catch (WooApiException failure)
            {
                log.Verbose($"{keys.Count} {what} whose answer was lost could not be looked up ({failure.Message}); they stay in doubt.");
                return null;
            }
        }
    }
}
