using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace WooPS.Core.Resources.Writes
{
    /// <summary>
    /// One write command's rows, from the first taken to the last told: the one owner of the window being
    /// gathered, the rows held back for a fuller batch, the rows still unanswered, and every row's outcome. A
    /// window (batch size × MaxConcurrency rows) is prepared, confirmed by the caller, sent and told as a whole;
    /// rows with changes that would make a batch less than full wait for the next window unless this is the last.
    /// However the command ends (done, an error that stops it, a refused key, Ctrl+C), <see cref="EndEarly"/>
    /// or the last flush leaves no row undecided: each is applied, unchanged, failed, in doubt or not sent.
    /// </summary>
    public sealed class WriteRun
    {
        private readonly ResourceApi _api;
        private readonly WriteRunSettings _settings;
        private readonly List<WriteRow> _rows = new List<WriteRow>();
        private readonly PendingWrites _pending = new PendingWrites();
        private readonly WritePreparation _preparation;
        private readonly WriteSending _sending;
        private readonly List<ExcessDecimals> _excessDecimals = new List<ExcessDecimals>();
        private readonly Dictionary<(string Route, long Id), List<WriteRow>> _rowsByItem = new Dictionary<(string, long), List<WriteRow>>();
        private List<WriteRow> _window = new List<WriteRow>();
        private List<WriteRow> _held = new List<WriteRow>();

        internal WriteRun(ResourceApi api, WriteRunSettings settings)
        {
            if (settings.BatchSize < 1 || settings.BatchSize > BatchRequest.MaxItems)
            {
                throw new ArgumentOutOfRangeException(nameof(settings), settings.BatchSize, $"A batch holds 1 to {BatchRequest.MaxItems} items.");
            }

            _api = api;
            _settings = settings;
            _preparation = new WritePreparation(api, settings.OnlyChanges);
            _sending = new WriteSending(api, settings.BatchSize);
        }

        /// <summary>Every row taken, in input order, each with its outcome so far.</summary>
        public IReadOnlyList<WriteRow> Rows => _rows;

        /// <summary>The store refused the key: no more rows were sent, and the command must end with this error.</summary>
        public WooApiException? KeyRefused => _sending.KeyRefused;

        /// <summary>Amounts with more decimals than the store shows prices with.</summary>
        public IReadOnlyList<ExcessDecimals> ExcessDecimals => _excessDecimals;

        /// <summary>
        /// Items that more than one row names with different values (updates and deletes), with those rows: a feed
        /// that changes them back and forth. Rows that say the same thing twice do no harm.
        /// </summary>
        public IEnumerable<IReadOnlyList<WriteRow>> ItemsNamedTwice =>
            _rowsByItem.Values.Where(rows => rows.Count > 1 && rows.Select(Said).Distinct().Count() > 1).OrderBy(rows => rows[0].Number);

        /// <summary>Takes a row into the window; true when the window is full and should be flushed.</summary>
        public bool Take(WriteRow row)
        {
            row.Number = _rows.Count + 1;
            _rows.Add(row);
            _window.Add(row);
            return _window.Count >= _settings.BatchSize * _api.MaxConcurrency;
        }

        /// <summary>
        /// A row refused before it could be written (a cell that cannot be read, a row naming nothing): it is
        /// counted and told like any other.
        /// </summary>
        public WriteRow TakeRefused(WriteRow row, WooApiException failure)
        {
            row.Number = _rows.Count + 1;
            _rows.Add(row);
            row.End(RowOutcome.Failed, failure);
            return row;
        }

        /// <summary>
        /// Prepares the window, has the caller confirm each row with something to send, sends what is ready and
        /// hands every row decided since the last flush to the caller, in input order.
        /// </summary>
        /// <param name="last">No rows come after these: nothing is held back.</param>
        public async Task FlushAsync(IWriteHost host, bool last, CancellationToken cancellationToken)
        {
            List<WriteRow> window = _window;
            _window = new List<WriteRow>();
            await _preparation.PrepareAsync(window, _pending, _excessDecimals, host.Log, cancellationToken).ConfigureAwait(false);
            Remember(window);

            List<WriteRow> toConfirm = window.Where(row => row.Outcome == RowOutcome.Pending).ToList();
            IReadOnlyList<RowOutcome?> decisions = await host.ConfirmAsync(toConfirm).ConfigureAwait(false);
            for (int index = 0; index < toConfirm.Count; index++)
            {
                if (decisions[index] is RowOutcome declined)
                {
                    toConfirm[index].End(declined, null);
                }
            }

            // Rows with something to send wait for a full batch: with -SkipUnchanged few rows of a window change.
            List<WriteRow> ready = _held.Concat(toConfirm.Where(row => row.Outcome == RowOutcome.Pending)).ToList();
            _held = last || _settings.HoldNothing ? new List<WriteRow>() : PartOfLastBatches(ready);
            List<WriteRow> now = ready.Except(_held).ToList();
            try
            {
                await _sending.SendAsync(now, host.Log, cancellationToken).ConfigureAwait(false);
                if (KeyRefused == null)
                {
                    await new LostAnswers(_api).SettleAsync(now, host.Log, cancellationToken).ConfigureAwait(false);
                }
            }
            finally
            {
                _pending.RemoveEnded();
            }

            if (KeyRefused != null)
            {
                _held.ForEach(row => WriteFailures.NotSentAfter(row, KeyRefused));
                _held.Clear();
            }

            await host.ReportAsync(Unreported()).ConfigureAwait(false);
        }

        /// <summary>
        /// The command ends before its rows were all written (an error stops it, Ctrl+C): rows sent and not
        /// answered are in doubt, the others not sent. Returns every row not yet handed to the caller.
        /// </summary>
        public IReadOnlyList<WriteRow> EndEarly()
        {
            foreach (WriteRow row in _rows.Where(row => row.Outcome == RowOutcome.Pending))
            {
                WriteFailures.Stopped(row);
            }

            _window.Clear();
            _held.Clear();
            return Unreported();
        }

        /// <summary>Marks rows as handed to the caller, however it told them.</summary>
        public static void MarkReported(IEnumerable<WriteRow> rows)
        {
            foreach (WriteRow row in rows)
            {
                row.Reported = true;
            }
        }

        /// <summary>What a row asks of its item, to tell rows that say different things.</summary>
        private static string Said(WriteRow row) =>
            row.Action + ":" + string.Join(";", row.Fields.Select(field => Json.WooJsonWriter.TextOf(field.Name, field.Value)));

        private List<WriteRow> Unreported() => _rows.Where(row => row.Outcome != RowOutcome.Pending && !row.Reported).ToList();

        /// <summary>Which rows name each item, for the warning about feeds that name one twice.</summary>
        private void Remember(List<WriteRow> window)
        {
            foreach (WriteRow row in window.Where(row => row.Action != WriteAction.Create && row.Outcome != RowOutcome.Failed && row.Plan?.Id != null))
            {
                var item = (row.Plan!.Resource.Route, row.Plan.Id!.Value);
                if (!_rowsByItem.TryGetValue(item, out List<WriteRow>? rows))
                {
                    _rowsByItem[item] = rows = new List<WriteRow>();
                }

                rows.Add(row);
            }
        }

        /// <summary>
        /// The rows that would go in a batch of fewer than the batch size: the last of each action and resource.
        /// Held back while more rows may come, they fill a later batch instead of making a small one.
        /// A window's worth of rows is held at most: rows spread over many routes (each product's variations)
        /// would otherwise all wait for the end of the input.
        /// </summary>
        private List<WriteRow> PartOfLastBatches(List<WriteRow> rows)
        {
            List<WriteRow> held = rows.Where(row => !WriteSending.SentAlone(row))
                .GroupBy(row => (row.Action, row.Plan!.Resource.Route))
                .SelectMany(batch => batch.Skip(batch.Count() / _settings.BatchSize * _settings.BatchSize))
                .ToList();
            return held.Count > _settings.BatchSize * _api.MaxConcurrency ? new List<WriteRow>() : held;
        }
    }

    /// <summary>How a write command wants its rows written.</summary>
    public sealed class WriteRunSettings
    {
        /// <summary>Items per request to a batch route, 1–100.</summary>
        public int BatchSize { get; set; } = BatchRequest.MaxItems;

        /// <summary>Read every item updated and send only the fields whose value differs from the store's.</summary>
        public bool OnlyChanges { get; set; }

        /// <summary>
        /// Hold no row back for a fuller batch: the first error ends the command (-ErrorAction Stop), and a row
        /// held then would be told only as not sent.
        /// </summary>
        public bool HoldNothing { get; set; }
    }

    /// <summary>The caller of a <see cref="WriteRun"/>: confirms rows and is told their outcomes, on its own thread.</summary>
    public interface IWriteHost
    {
        IWooLog Log { get; }

        /// <summary>Whether to send each row: null to send it, or how it ended instead (shown by -WhatIf, declined).</summary>
        Task<IReadOnlyList<RowOutcome?>> ConfirmAsync(IReadOnlyList<WriteRow> rows);

        /// <summary>Rows whose outcome is decided, in input order, to be told; they count as told once this completes.</summary>
        Task ReportAsync(IReadOnlyList<WriteRow> rows);
    }
}
