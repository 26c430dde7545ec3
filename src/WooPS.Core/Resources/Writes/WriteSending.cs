using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using WooPS.Core.Http;
using WooPS.Core.Json;
using WooPS.Core.Paging;

namespace WooPS.Core.Resources.Writes
{
    /// <summary>
    /// Sends prepared rows: rows of the same action and resource together, at most the batch size to a request
    /// to the resource's batch route; one request each to the trash (a batch delete is always for good) and where
    /// the resource has no batch route. Up to MaxConcurrency requests are on the wire at once. Every row sent gets
    /// its outcome from the answer. When the store refuses the key, no request is started after it, the requests
    /// already on the wire are answered, and the rows never sent end as not sent.
    /// </summary>
    internal sealed class WriteSending
    {
        private const string AlreadyTrashed = "woocommerce_rest_already_trashed";

        private readonly ResourceApi _api;
        private readonly int _batchSize;
        private WooApiException? _keyRefused;

        public WriteSending(ResourceApi api, int batchSize)
        {
            _api = api;
            _batchSize = batchSize;
        }

        /// <summary>The store refused the key: the run ends with this error once its rows are told.</summary>
        public WooApiException? KeyRefused => Volatile.Read(ref _keyRefused);

        public async Task SendAsync(IReadOnlyList<WriteRow> rows, IWooLog log, CancellationToken cancellationToken)
        {
            // Rows naming an item that an earlier row names too go in a later round, after the earlier one is
            // answered: sent in the same round, their requests would race, and either could win.
            var seen = new Dictionary<(string Route, long Id), int>();
            var rounds = new SortedDictionary<int, List<WriteRow>>();
            foreach (WriteRow row in rows)
            {
                int round = 0;
                if (row.Plan!.Id is long id)
                {
                    var item = (row.Plan.Resource.Route, id);
                    seen.TryGetValue(item, out round);
                    seen[item] = round + 1;
                }

                if (!rounds.TryGetValue(round, out List<WriteRow>? members))
                {
                    rounds[round] = members = new List<WriteRow>();
                }

                members.Add(row);
            }

            foreach (List<WriteRow> round in rounds.Values)
            {
                await WireSlots.RunAllAsync(Requests(round, log), _api.MaxConcurrency, cancellationToken).ConfigureAwait(false);
            }

            if (KeyRefused is WooApiException refused)
            {
                foreach (WriteRow row in rows.Where(row => row.Outcome == RowOutcome.Pending && !row.Sent))
                {
                    WriteFailures.NotSentAfter(row, refused);
                }
            }
        }

        /// <summary>The requests for rows of one round: batches of the same action and resource, or one request each.</summary>
        private List<Func<CancellationToken, Task>> Requests(List<WriteRow> rows, IWooLog log)
        {
            var requests = new List<Func<CancellationToken, Task>>();
            foreach (IGrouping<(WriteAction Action, string Route, bool Alone), WriteRow> group in rows.GroupBy(row => (row.Action, row.Plan!.Resource.Route, SentAlone(row))))
            {
                if (group.Key.Alone)
                {
                    requests.AddRange(group.Select<WriteRow, Func<CancellationToken, Task>>(row => token => SendAloneAsync(row, log, token)));
                    continue;
                }

                List<WriteRow> members = group.ToList();
                for (int start = 0; start < members.Count; start += _batchSize)
                {
                    List<WriteRow> batch = members.GetRange(start, Math.Min(_batchSize, members.Count - start));
                    requests.Add(token => SendBatchAsync(batch, log, token));
                }
            }

            return requests;
        }

        /// <summary>To the trash (a batch delete is always for good), or where there is no batch route: one request.</summary>
        internal static bool SentAlone(WriteRow row) =>
            !row.Plan!.Resource.HasBatch || (row.Action == WriteAction.Delete && !row.Force && row.Plan.Resource.HasTrash);

        private async Task SendBatchAsync(List<WriteRow> rows, IWooLog log, CancellationToken cancellationToken)
        {
            if (KeyRefused != null)
            {
                return;
            }

            WooResource resource = rows[0].Plan!.Resource;
            var batch = new BatchRequest();
            foreach (WriteRow row in rows)
            {
                List<KeyValuePair<string, object?>> fields = Fields(row);
                switch (row.Action)
                {
                    case WriteAction.Create:
                        batch.Create.Add(fields);
                        break;
                    case WriteAction.Update:
                        fields.Insert(0, new KeyValuePair<string, object?>("id", row.Plan!.Id));
                        batch.Update.Add(fields);
                        break;
                    default:
                        batch.Delete.Add(row.Plan!.Id!.Value);
                        break;
                }
            }

            try
            {
                batch.ToJson();
            }
            catch (ArgumentException)
            {
                // A value WooPS cannot write: its row is told, and the others go without it.
                List<WriteRow> sendable = rows.Where(row => Unsendable(row) == null).ToList();
                rows.Except(sendable).ToList().ForEach(row => WriteFailures.Refused(row, Unsendable(row)!));
                if (sendable.Count > 0)
                {
                    await SendBatchAsync(sendable, log, cancellationToken).ConfigureAwait(false);
                }

                return;
            }

            rows.ForEach(row => row.Sent = true);

            BatchResult result;
            try
            {
                result = await _api.BatchAsync(resource, batch, log, cancellationToken).ConfigureAwait(false);
            }
            catch (WooApiException failure)
            {
                Failed(rows, failure);
                return;
            }

            WriteAction action = rows[0].Action;
            IReadOnlyList<BatchOutcome> answers = action == WriteAction.Create ? result.Created : action == WriteAction.Update ? result.Updated : result.Deleted;
            for (int position = 0; position < rows.Count; position++)
            {
                Answered(rows[position], answers[position].Item, answers[position].Failure);
            }
        }

        private async Task SendAloneAsync(WriteRow row, IWooLog log, CancellationToken cancellationToken)
        {
            if (KeyRefused != null)
            {
                return;
            }

            WritePlan plan = row.Plan!;
            if (Unsendable(row) is string problem)
            {
                WriteFailures.Refused(row, problem);
                return;
            }

            WooRequest request = row.Action == WriteAction.Create ? _api.CreateRequest(plan.Resource, Fields(row))
                : row.Action == WriteAction.Update ? _api.UpdateRequest(plan.Resource, plan.Id!.Value, Fields(row))
                : _api.DeleteRequest(plan.Resource, plan.Id!.Value, row.Force || !plan.Resource.HasTrash);
            row.Sent = true;
            try
            {
                Answered(row, await _api.SendForItemAsync(plan.Resource, request, log, cancellationToken).ConfigureAwait(false), null);
            }
            catch (WooApiException failure) when (failure.Code == AlreadyTrashed)
            {
                if (!failure.Data.Contains(RequestContext.AnswerToRepeat))
                {
                    row.Unchanged("it is in the trash already");
                    return;
                }

                // The first attempt trashed it and its answer was lost; the retry found it in the trash. Read again
                // for -PassThru; when that fails, the row is applied all the same.
                try
                {
                    Answered(row, await _api.GetAsync(plan.Resource, plan.Id!.Value, log, cancellationToken, toEdit: true).ConfigureAwait(false), null);
                }
                catch (WooApiException unreadable)
                {
                    row.Applied(null, note: $"its answer was lost; sent again, the store said it is in the trash, but it could not be read ({unreadable.Message})");
                }
            }
            catch (WooApiException failure)
            {
                Failed(new List<WriteRow> { row }, failure);
            }
        }

        /// <summary>A request that failed as a whole: each row tells it; a refused key stops the requests not yet started.</summary>
        private void Failed(List<WriteRow> rows, WooApiException failure)
        {
            if (WriteFailures.IsAboutTheKey(failure))
            {
                Interlocked.CompareExchange(ref _keyRefused, failure, null);
            }

            foreach (WriteRow row in rows)
            {
                WriteFailures.RequestFailed(row, failure, rows.Count);
            }
        }

        private static void Answered(WriteRow row, WooRecord? item, WooApiException? failure)
        {
            if (failure != null)
            {
                WriteFailures.ItemFailed(row, failure);
            }
            else if (row.Action == WriteAction.Delete)
            {
                row.Applied(item!);
            }
            else
            {
                row.Applied(item!, WriteFailures.NotTaken(row.Plan!, item!), WriteFailures.Ignored(row.Plan!, item!));
            }
        }

        /// <summary>Why the row's fields cannot go as JSON (a value of a kind WooPS cannot write), or null.</summary>
        private static string? Unsendable(WriteRow row)
        {
            try
            {
                WooJsonWriter.Write(Fields(row));
                return null;
            }
            catch (ArgumentException refused)
            {
                return refused.Message.TrimEnd('.');
            }
        }

        private static List<KeyValuePair<string, object?>> Fields(WriteRow row) =>
            row.Plan!.Changes.Select(change => new KeyValuePair<string, object?>(change.Name, change.Value)).ToList();
    }
}
