using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using WooPS.Core;
using WooPS.Core.Json;
using WooPS.Core.Resources;

namespace WooPS.Base
{
    /// <summary>
    /// Base of every cmdlet that writes: rows from parameters or the pipeline are gathered (a window of BatchSize ×
    /// MaxConcurrency), made ready in the background (SKUs and terms found, values checked, with a comparison only
    /// the changes kept), confirmed one by one on the pipeline thread (-WhatIf, -Confirm), sent in batches, and
    /// answered row by row in input order: the item (when the cmdlet writes items), "unchanged", or an error
    /// naming the row. At the end one line in the information stream counts the outcomes.
    /// </summary>
    public abstract class WooWriteCmdlet : WooSessionCmdlet
    {
        private readonly List<WriteRow> _pending = new List<WriteRow>();
        private List<PreparedWrite> _waiting = new List<PreparedWrite>();
        private readonly WriteTally _tally = new WriteTally();
        private PipedObject? _piped;
        private HashSet<string> _givenByName = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        /// <summary>Items per request to the store's batch route, 1–100.</summary>
        [Parameter]
        [ValidateRange(1, BatchRequest.MaxItems)]
        public int BatchSize { get; set; } = BatchRequest.MaxItems;

        /// <summary>What is piped in; its fields bind to the parameters of the same name.</summary>
        [Parameter(ValueFromPipeline = true, DontShow = true)]
        public PSObject? InputObject { get; set; }

        /// <summary>Compare with the store and send only what differs (Set cmdlets).</summary>
        internal virtual bool OnlyChanges => false;

        /// <summary>Write the items as the store left them (New always; Set and Remove with -PassThru).</summary>
        internal abstract bool WritesItems { get; }

        /// <summary>"Set regular_price = 12.5 (was 10)", "Move to the trash": what ShouldProcess says is done to an item.</summary>
        internal virtual string Operation(PreparedWrite write) =>
            (write.Row.Action == WriteAction.Create ? "Create with " : "Set ") + ChangeText.Describe(write.Changes);

        protected override void BeginProcessing()
        {
            // Parameters bound now came from the command line; later ones for a row came from the piped object.
            _givenByName = new HashSet<string>(MyInvocation.BoundParameters.Keys, StringComparer.OrdinalIgnoreCase);
        }

        protected sealed override void ProcessRecord()
        {
            // What the input stands for is read once per row, however many questions the cmdlet asks of it.
            _piped = TakesInput ? PipedObject.Read(InputObject) : null;
            if (!(TakesInput && InputObject?.BaseObject is IDictionary row))
            {
                ProcessRow();
                return;
            }

            using DictionaryRow bound = DictionaryRow.Bind(this, row, _givenByName, out string? problem);
            if (problem != null)
            {
                Reject(InputObject, "This row cannot be written: " + problem);
                return;
            }

            ProcessRow();
        }

        /// <summary>Turns the current input (parameters, or the row piped in) into rows with <see cref="Write"/>.</summary>
        internal abstract void ProcessRow();

        protected override void EndProcessing()
        {
            if (_pending.Count + _waiting.Count > 0)
            {
                Flush(ResolveSession(), last: true);
            }

            _tally.Finish(this);
        }

        /// <summary>
        /// Rows taken but never sent because the command ended early (an error that stops it, Ctrl+C): the pipeline
        /// can take no more output, so the host is told directly which rows were not written.
        /// </summary>
        protected override void Dispose(bool disposing)
        {
            List<string> unsent = _pending.Select(row => row.Label).Concat(_waiting.Select(write => write.Label)).ToList();
            if (disposing && unsent.Count > 0)
            {
                try
                {
                    Host?.UI.WriteWarningLine($"{MyInvocation.MyCommand.Name} stopped before sending {unsent.Count} rows; they were not written: {string.Join(", ", unsent.Take(20))}{(unsent.Count > 20 ? ", …" : string.Empty)}.");
                }
                catch (Exception)
                {
                    // A host that cannot be written to any more: nothing else can be done.
                }
            }

            base.Dispose(disposing);
        }

        /// <summary>The parameter was given on the command line, and holds for every row.</summary>
        internal bool GivenByName(string parameter) => _givenByName.Contains(parameter);

        /// <summary>
        /// Adds a field to the row when a value was given. For an update, a value the piped object carries that it
        /// already had when read from the store is left out: only what was changed since is written.
        /// </summary>
        internal void AddField(WriteRow row, string parameter, string field, object? value)
        {
            if (value == null)
            {
                return;
            }

            bool unchangedSinceRead = row.Action == WriteAction.Update && !GivenByName(parameter) && ReadValues.TryGet(InputObject, field, out object? asRead) && FieldComparison.Same(field, value, asRead);
            if (!unchangedSinceRead)
            {
                row.Set(field, value);
            }
        }

        /// <summary>Queues a row; a full window is written at once.</summary>
        internal void Write(WooSession session, WriteRow row)
        {
            _pending.Add(row);
            if (_pending.Count >= BatchSize * session.MaxConcurrency)
            {
                Flush(session, last: false);
                // Only a long pipeline fills a window: show how far it got.
                _tally.Report(this);
            }
        }

        /// <summary>
        /// Whether the piped object is one this cmdlet does not take, its error written: a .NET object of another
        /// kind (a process has an Id and a Name too) or a WooPS object of another type (a category into
        /// Set-WooProduct) is refused, never read for its fields.
        /// </summary>
        /// <param name="itemTypes">The WooPS types that stand for an item of <paramref name="collection"/>.</param>
        internal bool Refused(WooResource collection, params string[] itemTypes)
        {
            PipedObject? piped = _piped;
            if (piped == null || !(piped.IsForeign || (piped.WooType != null && Array.IndexOf(itemTypes, piped.WooType) < 0) || (piped.LooksLikeTerm && collection.HasSkus)))
            {
                return false;
            }

            Reject(piped.Original, $"{MyInvocation.MyCommand.Name} takes {collection.Plural}, their ids and rows naming them from the pipeline; it got {piped.Description}.");
            return true;
        }

        /// <summary>
        /// The row for an existing item, named by -Id or -Sku, else by the piped value (an id, a SKU). A row of a
        /// variation (a parent_id above 0) names it in its product's variations.
        /// </summary>
        /// <returns>The row, or null when it names no item (its error written).</returns>
        internal WriteRow? NamedRow(WriteAction action, WooResource collection, long? id, string? sku)
        {
            PipedObject? piped = _piped;
            if (id == null && sku == null)
            {
                id = piped?.Id;
                if (id == null && piped?.Sku != null && !collection.HasSkus)
                {
                    Reject(piped.Original, $"{piped.Description} names no {collection.Singular}: {collection.Plural} are named by id. Find them with -Search or -Slug of their Get cmdlet and pipe them in.");
                    return null;
                }

                sku = id == null ? piped?.Sku : null;
            }

            // WooCommerce trims a SKU as it stores it (wc_clean): a stray space in a cell names the same item.
            sku = sku?.Trim();

            if (id < 1 || (id == null && sku == null))
            {
                Reject(RowInput, id < 1
                    ? $"{id} is no {collection.Singular} id: ids start at 1."
                    : $"This row names no {collection.Singular}: give an id{(collection.HasSkus ? " or a SKU" : string.Empty)}.");
                return null;
            }

            WooResource place = collection.Parent == null && collection.HasSkus && piped?.VariationOf is long parent ? WooResource.Variations.Of(parent) : collection;
            return new WriteRow(action, place, RowInput) { Id = id, Sku = id == null ? sku : null };
        }

        /// <summary>
        /// An error ends the command (-ErrorAction Stop, or $ErrorActionPreference): then no row waits for a fuller
        /// batch, since an error on a later row would end the command before the waiting rows were sent or named.
        /// </summary>
        private bool StopsAtFirstError =>
            (MyInvocation.BoundParameters.TryGetValue("ErrorAction", out object? given) ? given : SessionState.PSVariable.GetValue("ErrorActionPreference")) is ActionPreference preference
            && preference == ActionPreference.Stop;

        /// <summary>Text piped in as it is (a name for New- cmdlets), not a row.</summary>
        internal string? PipedText => TakesInput && InputObject?.BaseObject is string text && text.Trim().Length > 0 ? text.Trim() : null;

        /// <summary>A row came in: piped, or given to -InputObject by name.</summary>
        private bool TakesInput => MyInvocation.ExpectingInput || GivenByName(nameof(InputObject));

        /// <summary>A row whose fields cannot be written as given: its error, naming it, and the pipeline goes on.</summary>
        internal void Reject(WriteRow row, string problem) => Reject(row.Input ?? row.Label, $"{row.Label}: {problem}");

        /// <summary>A row that names nothing to write: its error, and the pipeline goes on.</summary>
        internal void Reject(object? input, string problem)
        {
            _tally.Failed++;
            WriteError(WooErrors.From(new WooApiException(WooErrorCodes.WrongInput, problem) { Target = input }));
        }

        /// <summary>The object the row came from, or what was given on the command line, for error targets.</summary>
        internal object? RowInput => TakesInput ? (object?)InputObject : null;

        /// <param name="last">No rows come after these: everything waiting is sent.</param>
        private void Flush(WooSession session, bool last)
        {
            List<WriteRow> rows = _pending.ToList();
            _pending.Clear();
            Run(async (queue, cancellation) =>
            {
                ItemWriter writer = session.Resources.Writes;
                IReadOnlyList<PreparedWrite> prepared = await writer.PrepareAsync(rows, OnlyChanges, queue, cancellation).ConfigureAwait(false);
                List<PreparedWrite> confirmed = await queue.InvokeAsync(() => prepared.Where(Confirm).ToList()).ConfigureAwait(false);
                // Rows with something to send wait for a full batch (with -SkipUnchanged few rows of a window
                // change); the others, decided already, are told now.
                List<PreparedWrite> ready = _waiting.Concat(confirmed.Where(write => write.Failure == null && !write.Unchanged)).ToList();
                IReadOnlyList<PreparedWrite> later = last || StopsAtFirstError ? Array.Empty<PreparedWrite>() : writer.PartOfLastBatches(ready, BatchSize);
                _waiting = later.ToList();
                List<PreparedWrite> now = confirmed.Where(write => write.Failure != null || write.Unchanged).Concat(ready.Except(later)).ToList();
                IReadOnlyList<WriteOutcome> outcomes = await writer.SendAsync(now, BatchSize, queue, cancellation).ConfigureAwait(false);
                await queue.InvokeAsync(() =>
                {
                    for (int index = 0; index < outcomes.Count; index++)
                    {
                        try
                        {
                            WriteOutcome(outcomes[index]);
                        }
                        catch (Exception)
                        {
                            // -ErrorAction Stop (or a downstream error) ends the command here, but the rows after
                            // this one were already sent with it: say which the store applied.
                            TellUnreported(outcomes.Skip(index + 1).Where(outcome => outcome.Item != null).ToList());
                            throw;
                        }
                    }

                    return true;
                }).ConfigureAwait(false);
            });
        }

        private void TellUnreported(List<WriteOutcome> applied)
        {
            try
            {
                if (applied.Count > 0)
                {
                    WriteWarning($"Stopped before reporting {applied.Count} more rows, which the store had already applied: {string.Join(", ", applied.Select(outcome => outcome.Write.Label))}.");
                }
            }
            catch (PipelineStoppedException)
            {
                // The pipeline is gone: nothing more can be written.
            }
        }

        /// <summary>ShouldProcess for a row with something to send; failures and unchanged rows go on to be reported.</summary>
        private bool Confirm(PreparedWrite write)
        {
            if (write.Failure != null || write.Unchanged)
            {
                return true;
            }

            string change = write.Label + ": " + Operation(write);
            if (ShouldProcess(change, change + "?", MyInvocation.MyCommand.Name, out ShouldProcessReason reason))
            {
                return true;
            }

            if (reason == ShouldProcessReason.WhatIf)
            {
                _tally.Previewed++;
            }
            else
            {
                _tally.Declined++;
            }

            return false;
        }

        private void WriteOutcome(WriteOutcome outcome)
        {
            if (outcome.Failure != null)
            {
                _tally.Failed++;
                WriteError(WooErrors.From(outcome.Failure));
            }
            else if (outcome.Item is WooRecord item)
            {
                _tally.Applied++;
                WriteVerbose($"{outcome.Write.Label}: {Operation(outcome.Write)}: done.");
                foreach (FieldChange kept in outcome.NotTaken)
                {
                    WriteWarning($"{outcome.Write.Label}: the store kept {kept.Name} = {ChangeText.Shown(kept.Was)}, not {ChangeText.Shown(kept.Value)}.{ChangeText.NotTakenAdvice(kept.Name)}");
                }

                if (WritesItems)
                {
                    WriteObject(RecordConverter.ToPSObject(item, outcome.Write.Resource.TypeNameOf(item)));
                }
            }
            else
            {
                _tally.Unchanged++;
                WriteVerbose(outcome.Write.Row.Fields.Count == 0
                    ? $"{outcome.Write.Label}: unchanged, no field was given to change."
                    : $"{outcome.Write.Label}: unchanged, every field given has that value already.");
            }
        }
    }
}
