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
    /// Deletes whose answer was lost (a 504 after the store deleted them, a timeout, a 503 that did nothing) are
    /// looked up by id before the command ends, as lost creates are by key: an item the store no longer has was
    /// deleted, one in the trash was moved there (when that was asked), and one still in its place was not deleted
    /// and is safe to delete again. A lookup that fails too leaves them in doubt.
    /// </summary>
    internal sealed class LostDeletes
    {
        private readonly ResourceApi _api;

        public LostDeletes(ResourceApi api)
        {
            _api = api;
        }

        public async Task FindAsync(IReadOnlyList<WriteRow> rows, IWooLog log, CancellationToken cancellationToken)
        {
            List<WriteRow> lost = rows.Where(row => row.Action == WriteAction.Delete && row.Outcome == RowOutcome.InDoubt && row.Plan?.Id != null).ToList();
            if (lost.Count == 0)
            {
                return;
            }

            IReadOnlyList<FoundItem> found;
            try
            {
                found = await _api.Items.FindAsync(lost.ConvertAll(row => ItemKey.ById(row.Plan!.Resource, row.Plan.Id!.Value)), log, cancellationToken, LookupOptions.AsShown).ConfigureAwait(false);
            }
            catch (WooApiException failure)
            {
                log.Verbose($"{lost.Count} deletes whose answer was lost could not be looked up ({failure.Message}); they stay in doubt.");
                return;
            }

            for (int index = 0; index < lost.Count; index++)
            {
                WriteRow row = lost[index];
                if (found[index].Item is WooRecord item)
                {
                    bool toTrash = !row.Force && row.Plan!.Resource.HasTrash;
                    if (toTrash && item["status"] as string == "trash")
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
    }
}
