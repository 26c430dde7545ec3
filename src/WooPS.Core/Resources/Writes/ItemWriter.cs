using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using WooPS.Core.Http;
using WooPS.Core.Json;
using WooPS.Core.Paging;

namespace WooPS.Core.Resources
{
    /// <summary>
    /// Writes many rows, in two steps so the caller can confirm each change in between. <see cref="PrepareAsync"/>
    /// finds what the rows name (SKUs 100 to a request; with a comparison every item read), resolves term names,
    /// checks each value as WooCommerce's schema would and, when asked, keeps only the fields that differ.
    /// <see cref="SendAsync"/> sends them in batches (MaxConcurrency at once), or one DELETE each for the trash,
    /// and gives every row exactly one outcome, in the order of the rows.
    /// </summary>
    public sealed class ItemWriter
    {
        private const string AlreadyTrashed = "woocommerce_rest_already_trashed";

        private readonly ResourceApi _api;

        internal ItemWriter(ResourceApi api)
        {
            _api = api;
        }

        /// <param name="onlyChanges">Read every item updated and keep only the fields whose value differs from the store's.</param>
        public async Task<IReadOnlyList<PreparedWrite>> PrepareAsync(IReadOnlyList<WriteRow> rows, bool onlyChanges, IWooLog log, CancellationToken cancellationToken)
        {
            NamedValues named = await NamedValues.ReadAsync(_api, rows, log, cancellationToken).ConfigureAwait(false);

            var reads = new List<(int Row, ItemKey Key)>();
            for (int index = 0; index < rows.Count; index++)
            {
                if (KeyToRead(rows[index], onlyChanges) is ItemKey key)
                {
                    reads.Add((index, key));
                }
            }

            // Only the fields the rows write are compared or shown: the rest of each item is not fetched.
            List<string> fields = rows.SelectMany(row => row.Fields.Select(field => field.Key)).Distinct().ToList();
            IReadOnlyList<FoundItem> found = await _api.Items.FindAsync(reads.ConvertAll(read => read.Key), log, cancellationToken, toEdit: true, fields: fields).ConfigureAwait(false);
            var foundFor = new Dictionary<int, FoundItem>();
            for (int index = 0; index < reads.Count; index++)
            {
                foundFor[reads[index].Row] = found[index];
            }

            // Rows naming the same item are compared with it as the rows before them leave it, not as the store has it.
            var written = new Dictionary<(string Route, long Id), Dictionary<string, object?>>();
            return rows.Select((row, index) => Prepare(row, foundFor.TryGetValue(index, out FoundItem? item) ? item : null, named, onlyChanges, written)).ToList();
        }

        /// <summary>
        /// Sends what <see cref="PrepareAsync"/> made ready: rows of the same action and collection together, at most
        /// <paramref name="batchSize"/> to a batch. A row that failed to prepare, or has nothing to change, is its own
        /// outcome; a batch the store refuses or cannot answer becomes one error per row. A refused key ends it all.
        /// </summary>
        public async Task<IReadOnlyList<WriteOutcome>> SendAsync(IReadOnlyList<PreparedWrite> writes, int batchSize, IWooLog log, CancellationToken cancellationToken)
        {
            if (batchSize < 1 || batchSize > BatchRequest.MaxItems)
            {
                throw new ArgumentOutOfRangeException(nameof(batchSize), batchSize, $"A batch holds 1 to {BatchRequest.MaxItems} items.");
            }

            var outcomes = new WriteOutcome[writes.Count];
            var toSend = new List<int>();
            for (int index = 0; index < writes.Count; index++)
            {
                PreparedWrite write = writes[index];
                if (write.Failure != null || write.Unchanged)
                {
                    outcomes[index] = new WriteOutcome(write, null, write.Failure);
                }
                else
                {
                    toSend.Add(index);
                }
            }

            // Rows naming an item that an earlier row names too go in a later round, after the earlier one is
            // answered: sent in the same round, their batches would race, and either could win.
            var seen = new Dictionary<(string Route, long Id), int>();
            var rounds = new SortedDictionary<int, List<int>>();
            foreach (int index in toSend)
            {
                int round = 0;
                if (writes[index].Id is long id)
                {
                    seen.TryGetValue((writes[index].Resource.Route, id), out round);
                    seen[(writes[index].Resource.Route, id)] = round + 1;
                }

                if (!rounds.TryGetValue(round, out List<int>? members))
                {
                    rounds[round] = members = new List<int>();
                }

                members.Add(index);
            }

            foreach (List<int> round in rounds.Values)
            {
                await WireSlots.RunAllAsync(Requests(writes, round, batchSize, outcomes, log), _api.MaxConcurrency, cancellationToken).ConfigureAwait(false);
            }

            return outcomes;
        }

        /// <summary>The requests for rows of one round: batches of the same action and collection, or one DELETE each for the trash.</summary>
        private List<Func<CancellationToken, Task>> Requests(IReadOnlyList<PreparedWrite> writes, List<int> toSend, int batchSize, WriteOutcome[] outcomes, IWooLog log)
        {
            var requests = new List<Func<CancellationToken, Task>>();
            foreach (IGrouping<((WriteAction, string) Batch, bool Trash), int> group in toSend.GroupBy(index => (BatchOf(writes[index]), ToTrash(writes[index]))))
            {
                if (group.Key.Trash)
                {
                    requests.AddRange(group.Select<int, Func<CancellationToken, Task>>(index => token => TrashAsync(writes[index], outcomes, index, log, token)));
                    continue;
                }

                List<int> rows = group.ToList();
                for (int start = 0; start < rows.Count; start += batchSize)
                {
                    List<int> batch = rows.GetRange(start, Math.Min(batchSize, rows.Count - start));
                    requests.Add(token => SendBatchAsync(writes, batch, outcomes, log, token));
                }
            }

            return requests;
        }

        /// <summary>
        /// The writes that would go in a batch of fewer than <paramref name="batchSize"/>: the last of each action and
        /// collection. Held back while more rows may come, they fill a later batch instead of making a small one.
        /// </summary>
        public IReadOnlyList<PreparedWrite> PartOfLastBatches(IReadOnlyList<PreparedWrite> writes, int batchSize) =>
            writes.Where(write => write.Failure == null && !write.Unchanged && !ToTrash(write))
                .GroupBy(BatchOf)
                .SelectMany(batch => batch.Skip(batch.Count() / batchSize * batchSize))
                .ToList();

        private static (WriteAction, string) BatchOf(PreparedWrite write) => (write.Row.Action, write.Resource.Route);

        private static bool ToTrash(PreparedWrite write) => write.Row.Action == WriteAction.Delete && !write.Row.Force && write.Resource.HasTrash;

        /// <summary>What must be read to write the row: the item behind a SKU, and with a comparison every item updated.</summary>
        private static ItemKey? KeyToRead(WriteRow row, bool onlyChanges)
        {
            if (row.Action == WriteAction.Create || (row.Id == null && row.Sku == null))
            {
                return null;
            }

            if (row.Id is long id)
            {
                // A row with nothing to change is read too: it must still name an item that exists.
                bool compare = row.Action == WriteAction.Update && (onlyChanges || row.Fields.Count == 0);
                bool placed = row.Collection.Parent == null || row.Collection.ParentId != null;
                return compare && placed ? ItemKey.ById(row.Collection, id) : null;
            }

            // Through products a SKU finds variations too, of any product (capture 56).
            return ItemKey.BySku(row.Collection.HasSkus ? WooResource.Products : row.Collection, row.Sku!);
        }

        /// <param name="written">Per item, the values earlier rows of this batch write to it.</param>
        private static PreparedWrite Prepare(WriteRow row, FoundItem? found, NamedValues named, bool onlyChanges, Dictionary<(string Route, long Id), Dictionary<string, object?>> written)
        {
            PreparedWrite Failed(WooApiException failure) =>
                new PreparedWrite(row, row.Collection, row.Id, found?.Item, Array.Empty<FieldChange>(), failure);

            if (found?.Failure is WooApiException missing)
            {
                // The lookup's message names the id or SKU already.
                return Failed(missing.About(row.Input ?? missing.Target!, missing.Message));
            }

            WooRecord? current = found?.Item;
            WooResource resource = current == null ? row.Collection : row.Collection.CollectionOf(current);
            if (Misplaced(row, resource) is string wrongPlace)
            {
                return Failed(WrongInput(row, wrongPlace));
            }

            long? id = row.Id ?? current?.Id;
            Dictionary<string, object?>? before = null;
            if (id is long known && !written.TryGetValue((resource.Route, known), out before))
            {
                before = new Dictionary<string, object?>(StringComparer.Ordinal);
                written[(resource.Route, known)] = before;
            }

            var changes = new List<FieldChange>();
            var values = new List<KeyValuePair<string, object?>>();
            foreach (KeyValuePair<string, object?> field in row.Fields)
            {
                (object? value, WooApiException? unresolved) = named.Resolve(row, field.Value);
                if (unresolved != null)
                {
                    return Failed(unresolved);
                }

                if (FieldRules.Problem(resource, field.Key, value) is string problem)
                {
                    return Failed(WrongInput(row, problem));
                }

                bool earlier = before != null && before.ContainsKey(field.Key);
                object? had = earlier ? before![field.Key] : current?[field.Key];
                if (!(onlyChanges && (current != null || earlier) && FieldComparison.Same(field.Key, value, had)))
                {
                    changes.Add(new FieldChange(field.Key, value, current != null || earlier, had));
                }

                values.Add(new KeyValuePair<string, object?>(field.Key, value));
            }

            foreach (KeyValuePair<string, object?> value in before == null ? new List<KeyValuePair<string, object?>>() : values)
            {
                before![value.Key] = value.Value;
            }

            return new PreparedWrite(row, resource, id, current, changes, null);
        }

        /// <summary>Why the item found cannot be the one meant: a variation's SKU given for a product of another kind, or the wrong product.</summary>
        private static string? Misplaced(WriteRow row, WooResource found)
        {
            bool wantVariation = row.Collection.Parent != null && row.Collection.HasSkus;
            if (row.Action == WriteAction.Create || !wantVariation)
            {
                return null;
            }

            if (found.Parent == null)
            {
                return row.Id == null ? $"the SKU '{row.Sku}' is a product's, not a variation's" : "it is a product, not a variation";
            }

            if (found.ParentId == null)
            {
                return "which product's variation? Name the product";
            }

            return row.Collection.ParentId is long meant && meant != found.ParentId
                ? $"the SKU '{row.Sku}' is {found.Parent!.Singular} {found.ParentId}'s, not {found.Parent.Singular} {meant}'s"
                : null;
        }

        private static WooApiException WrongInput(WriteRow row, string problem) =>
            new WooApiException(WooErrorCodes.WrongInput, $"{row.Label}: {problem}.") { Target = row.Input ?? row.Label };


        private async Task SendBatchAsync(IReadOnlyList<PreparedWrite> writes, List<int> rows, WriteOutcome[] outcomes, IWooLog log, CancellationToken cancellationToken)
        {
            PreparedWrite first = writes[rows[0]];
            var batch = new BatchRequest();
            foreach (PreparedWrite write in rows.Select(index => writes[index]))
            {
                List<KeyValuePair<string, object?>> fields = write.Changes.Select(change => new KeyValuePair<string, object?>(change.Name, change.Value)).ToList();
                switch (write.Row.Action)
                {
                    case WriteAction.Create:
                        batch.Create.Add(fields);
                        break;
                    case WriteAction.Update:
                        fields.Insert(0, new KeyValuePair<string, object?>("id", write.Id));
                        batch.Update.Add(fields);
                        break;
                    default:
                        batch.Delete.Add(write.Id!.Value);
                        break;
                }
            }

            BatchResult result;
            try
            {
                result = await _api.BatchAsync(first.Resource, batch, log, cancellationToken).ConfigureAwait(false);
            }
            catch (WooApiException failure) when (!WriteFailures.IsAboutTheKey(failure))
            {
                foreach (int index in rows)
                {
                    outcomes[index] = new WriteOutcome(writes[index], null, WriteFailures.BatchFailed(writes[index], failure, rows.Count));
                }

                return;
            }

            IReadOnlyList<BatchOutcome> answers = first.Row.Action == WriteAction.Create ? result.Created : first.Row.Action == WriteAction.Update ? result.Updated : result.Deleted;
            for (int position = 0; position < rows.Count; position++)
            {
                PreparedWrite write = writes[rows[position]];
                BatchOutcome answer = answers[position];
                outcomes[rows[position]] = answer.Failure == null
                    ? new WriteOutcome(write, answer.Item, null, WriteFailures.NotTaken(write, answer.Item!))
                    : new WriteOutcome(write, null, WriteFailures.ItemFailed(write, answer.Failure));
            }
        }

        private async Task TrashAsync(PreparedWrite write, WriteOutcome[] outcomes, int index, IWooLog log, CancellationToken cancellationToken)
        {
            try
            {
                WooRecord item = await _api.SendForItemAsync(write.Resource, _api.DeleteRequest(write.Resource, write.Id!.Value, force: false), log, cancellationToken).ConfigureAwait(false);
                outcomes[index] = new WriteOutcome(write, item, null);
            }
            catch (WooApiException failure) when (failure.Code == AlreadyTrashed && failure.Data.Contains(RequestContext.AnswerToRepeat))
            {
                // The first attempt trashed it and its answer was lost; the retry found it in the trash.
                try
                {
                    outcomes[index] = new WriteOutcome(write, await _api.GetAsync(write.Resource, write.Id!.Value, log, cancellationToken, toEdit: true).ConfigureAwait(false), null);
                }
                catch (WooApiException unreadable) when (unreadable.IsAboutOneItem)
                {
                    outcomes[index] = new WriteOutcome(write, null, WriteFailures.ItemFailed(write, failure));
                }
            }
            catch (WooApiException failure) when (!WriteFailures.IsAboutTheKey(failure))
            {
                outcomes[index] = new WriteOutcome(write, null, WriteFailures.ItemFailed(write, failure));
            }
        }

    }
}
