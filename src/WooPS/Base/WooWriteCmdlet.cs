using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Reflection;
using System.Threading.Tasks;
using WooPS.Binding;
using WooPS.Completion;
using WooPS.Core;
using WooPS.Core.Json;
using WooPS.Core.Resources;
using WooPS.Core.Resources.Writes;
using WooPS.Errors;
using WooPS.Output;
using WooPS.Pipeline;

namespace WooPS.Base
{
    /// <summary>
    /// Base of every cmdlet that writes. Each input (the parameters, or a piped row) becomes a row of the
    /// command's <see cref="WriteRun"/>, which owns the windows, the rows held for a fuller batch and every row's
    /// outcome. This class binds the rows, confirms them (-WhatIf, -Confirm) and tells their outcomes on the
    /// pipeline thread: the item (when the cmdlet writes items), "unchanged", or an error naming the row. At the
    /// end one line in the information stream counts them. However the command ends (an error that stops it, a
    /// refused key, Ctrl+C), every row it took is accounted for: in the streams while the pipeline can take
    /// them, else on the host, and always in -OutcomeVariable.
    /// </summary>
    public abstract class WooWriteCmdlet : WooSessionCmdlet
    {
        private static readonly ConcurrentDictionary<Type, IReadOnlyList<(PropertyInfo, CellAttribute, string[], bool)>> CellParametersOf = new ConcurrentDictionary<Type, IReadOnlyList<(PropertyInfo, CellAttribute, string[], bool)>>();

        private readonly WriteTally _tally = new WriteTally();
        private readonly List<WriteRowOutcome> _outcomes = new List<WriteRowOutcome>();
        private readonly HashSet<string> _toldIgnored = new HashSet<string>(StringComparer.Ordinal);
        private WriteRun? _run;
        private PipedObject? _piped;
        private IReadOnlyList<string> _cellProblems = Array.Empty<string>();
        private InputColumns? _columns;
        private HashSet<string> _givenByName = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        private bool _ended;

        /// <summary>Items per request to the store's batch route, 1–100.</summary>
        [Parameter]
        [ValidateRange(1, BatchRequest.MaxItems)]
        [ArgumentCompleter(typeof(NoValues))]
        public int BatchSize { get; set; } = BatchRequest.MaxItems;

        /// <summary>
        /// The name of a variable (without $) that receives every row of this command with its outcome, however
        /// the command ends, Ctrl+C included.
        /// </summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(NoValues))]
        public string? OutcomeVariable { get; set; }

        /// <summary>What is piped in; its fields bind to the parameters of the same name.</summary>
        [Parameter(ValueFromPipeline = true, DontShow = true)]
        [ArgumentCompleter(typeof(NoValues))]
        public PSObject? InputObject { get; set; }

        /// <summary>What the cmdlet does to each row.</summary>
        internal abstract WriteAction Action { get; }

        /// <summary>The resource the rows name (a row may turn out to be in a nested one: a variation found by SKU).</summary>
        internal abstract WooResource Resource { get; }

        /// <summary>Compare with the store and send only what differs (Set cmdlets with -SkipUnchanged).</summary>
        internal virtual bool OnlyChanges => false;

        /// <summary>Write the items as the store left them (New always; Set and Remove with -PassThru).</summary>
        internal abstract bool WritesItems { get; }

        /// <summary>"Set regular_price = 12.5 (was 10)", "Move to the trash": what ShouldProcess says is done to an item.</summary>
        internal virtual string Operation(WriteRow row) =>
            (row.Action == WriteAction.Create ? "Create with " : "Set ") + ChangeText.Describe(row.Plan!.Changes, row.Plan.Resource);

        protected override void BeginProcessing()
        {
            // Set before anything can fail: a script never reads an earlier command's rows as this one's.
            if (OutcomeVariable != null)
            {
                SessionState.PSVariable.Set(OutcomeVariable, _outcomes);
            }

            // Parameters bound now came from the command line; later ones for a row came from the piped object.
            _givenByName = new HashSet<string>(MyInvocation.BoundParameters.Keys, StringComparer.OrdinalIgnoreCase);
            IReadOnlyList<string> unreadable = CellRefusals.Claim(new HashSet<string>(CellParameters
                .Where(parameter => MyInvocation.BoundParameters.TryGetValue(parameter.Property.Name, out object? bound) && bound == null)
                .Select(parameter => parameter.Cell.Field)));
            if (unreadable.Count > 0)
            {
                // Given on the command line, a value that cannot be read holds for every row: nothing can be written.
                ThrowTerminatingError(WooErrors.From(new WooApiException(WooErrorCodes.WrongInput, $"{MyInvocation.MyCommand.Name} cannot use what it was given: {string.Join("; ", unreadable)}.")));
            }

            WooSession session = ResolveSession();
            _run = session.Resources.NewWriteRun(new WriteRunSettings { BatchSize = BatchSize, OnlyChanges = OnlyChanges, HoldNothing = StopsAtFirstError });
            _columns = new InputColumns(MyInvocation.MyCommand, Resource, Action);
        }

        protected sealed override void ProcessRecord() => UntilTheEnd(() =>
        {
            // Notes of command-line values were claimed in BeginProcessing; a piped row is read again below.
            CellRefusals.Clear();
            // What the input stands for is read once per row, however many questions the cmdlet asks of it.
            _piped = TakesInput ? PipedObject.Read(InputObject) : null;
            if (_piped != null)
            {
                // Only plain rows: a WooPS object is the store's own item (or refused, being another kind).
                if (_piped.WooType == null)
                {
                    TellUnusedColumns(_piped);
                }

                RefuseCsvText(_piped);
            }

            string? problem = null;
            using (TakesInput && InputObject?.BaseObject is IDictionary row ? DictionaryRow.Bind(this, row, _givenByName, out problem) : null)
            {
                _cellProblems = UnreadableCells(_piped).Concat(problem == null ? Array.Empty<string>() : new[] { problem }).ToList();
                ProcessRow();
            }
        });

        /// <summary>Turns the current input (parameters, or the row piped in) into rows with <see cref="Write"/>.</summary>
        internal abstract void ProcessRow();

        protected override void EndProcessing() => UntilTheEnd(() =>
        {
            if (_run!.Rows.Any(row => row.Outcome == RowOutcome.Pending))
            {
                Flush(last: true);
            }

            Finish();
        });

        /// <summary>Every row is told: the feed's warnings and the summary line close the command.</summary>
        private void Finish()
        {
            _ended = true;
            _tally.Complete(this);
            TellFeedWarnings();
            WriteInformation(WriteTally.Summary(this, _run!.Rows), new[] { "WooPS", "Summary" });
        }

        /// <summary>
        /// The command ended without this cmdlet seeing why (another command's error, Ctrl+C while another
        /// command ran): the rows it took are told on the host, the one place left to write.
        /// </summary>
        protected override void Dispose(bool disposing)
        {
            if (disposing && !_ended && _run != null)
            {
                TellEnding(canWrite: false, StopRequested ? "it was stopped" : "the pipeline ended");
            }

            base.Dispose(disposing);
        }

        /// <summary>
        /// The cells of the piped row that its parameters could not read: a parameter bound from a column is null
        /// although the cell is not empty. Read again here, so the row is named and counted.
        /// </summary>
        private IReadOnlyList<string> UnreadableCells(PipedObject? piped)
        {
            if (piped?.IsRow != true)
            {
                return Array.Empty<string>();
            }

            var problems = new List<(string Field, string Reason)>();
            foreach ((PropertyInfo property, CellAttribute cell, string[] names, _) in CellParameters.Where(parameter => parameter.FromPipeline && !GivenByName(parameter.Property.Name)))
            {
                if (names.Select(piped.ColumnValue).FirstOrDefault(value => value != null) is object value && property.GetValue(this) == null && cell.ProblemWith(value) is string unreadable)
                {
                    problems.Add((cell.Field, unreadable));
                }
            }

            // A column no parameter reads is never sent, but a cell Export-Csv made of a list says the file lost data.
            var read = new HashSet<string>(CellParameters.Where(parameter => parameter.FromPipeline).SelectMany(parameter => parameter.Names), StringComparer.OrdinalIgnoreCase);
            foreach (string column in piped.ColumnNames.Where(column => !read.Contains(column)))
            {
                if (piped.ColumnValue(column) is string cell && CellText.IsExported(cell))
                {
                    problems.Add((column, CellText.ExportedProblem));
                }
            }

            // Cells refused for one reason are named together: a whole item exported to CSV has several list cells.
            return problems.GroupBy(problem => problem.Reason)
                .Select(same => $"{string.Join(", ", same.Select(problem => problem.Field))}: {same.Key}")
                .ToList();
        }

        /// <summary>The parameters that read cells, with the names a column binds to them by.</summary>
        private IReadOnlyList<(PropertyInfo Property, CellAttribute Cell, string[] Names, bool FromPipeline)> CellParameters =>
            CellParametersOf.GetOrAdd(GetType(), type => type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Select(property => (Property: property, Cell: property.GetCustomAttributes(typeof(CellAttribute), true).OfType<CellAttribute>().FirstOrDefault(),
                    Parameter: property.GetCustomAttributes(typeof(ParameterAttribute), true).OfType<ParameterAttribute>().FirstOrDefault()))
                .Where(found => found.Cell != null && found.Parameter != null)
                .Select(found => (found.Property, found.Cell!, new[] { found.Property.Name }.Concat(found.Property.GetCustomAttributes(typeof(AliasAttribute), true).OfType<AliasAttribute>().SelectMany(alias => alias.AliasNames)).ToArray(), found.Parameter!.ValueFromPipelineByPropertyName))
                .ToList());

        /// <summary>The parameter was given on the command line, and holds for every row.</summary>
        internal bool GivenByName(string parameter) => _givenByName.Contains(parameter);

        /// <summary>Queues a row; a full window is written at once. A row with a cell that could not be read fails instead.</summary>
        internal void Write(WriteRow row)
        {
            if (_cellProblems.Count > 0)
            {
                Refuse(row, string.Join("; ", _cellProblems));
                return;
            }

            _outcomes.Add(new WriteRowOutcome(row));
            if (_run!.Take(row))
            {
                Flush(last: false);
                // Only a long pipeline fills a window: show how far it got.
                _tally.Report(this, _run.Rows);
            }
        }

        /// <summary>A row whose fields cannot be written as given: its error, naming it, and the pipeline goes on.</summary>
        internal void Refuse(WriteRow row, string problem) => RefuseRow(row, $"{row.InputLabel}: {problem.TrimEnd('.')}.");

        /// <summary>An input that names nothing to write (another kind of object, a row without an id): its error, and the pipeline goes on.</summary>
        internal void Refuse(object? input, string problem) =>
            RefuseRow(new WriteRow(Action, Resource, input), problem);

        private void RefuseRow(WriteRow row, string message)
        {
            if (StopsAtFirstError && _run!.Rows.Any(taken => taken.Outcome == RowOutcome.Pending))
            {
                // This row's error ends the command: the rows before it are written first, as they would have been
                // had it come later.
                Flush(last: true);
            }

            _outcomes.Add(new WriteRowOutcome(_run!.TakeRefused(row, new WooApiException(WooErrorCodes.WrongInput, message) { Target = row.Target })));
            Tell(row);
        }

        /// <summary>
        /// Whether the piped object is one this cmdlet does not take, its error written: a .NET object of another
        /// kind (a process has an Id and a Name too) or a WooPS object of another type (a category into
        /// Set-WooProduct) is refused, never read for its fields.
        /// </summary>
        /// <param name="itemTypes">The WooPS types that stand for an item of <paramref name="resource"/>.</param>
        internal bool Refused(WooResource resource, params string[] itemTypes)
        {
            PipedObject? piped = _piped;
            if (piped == null || !(piped.IsForeign || (piped.WooType != null && Array.IndexOf(itemTypes, piped.WooType) < 0) || (piped.LooksLikeTerm && resource.Key != null)))
            {
                return false;
            }

            Refuse(piped.Original, $"{MyInvocation.MyCommand.Name} takes {resource.Plural}, their ids and rows naming them from the pipeline; it got {piped.Description}.");
            return true;
        }

        /// <summary>
        /// The row for an existing item, named by its id or natural key given, else by the piped value (an id, a
        /// key). A row that is a nested item (a variation: a parent_id above 0) names it in its parent's collection.
        /// </summary>
        /// <returns>The row, or null when it names no item (its error written).</returns>
        internal WriteRow? NamedRow(WooResource resource, long? id, string? key)
        {
            PipedObject? piped = _piped;
            if (id == null && key == null)
            {
                id = piped?.Id;
                if (id == null && piped?.Text != null && resource.Key == null)
                {
                    Refuse(piped.Original, $"{piped.Description} names no {resource.Singular}: {resource.Plural} are named by id. Find them with -Search or -Slug of their Get cmdlet and pipe them in.");
                    return null;
                }

                key = id == null && resource.Key != null ? piped?.KeyOf(resource.Key) : null;
            }

            // WooCommerce trims a key as it stores it (wc_clean): a stray space in a cell names the same item.
            key = key?.Trim();
            var row = new WriteRow(Action, ResourceOfRow(resource, piped), RowInput) { Id = id, Key = id == null ? key : null };
            if (_cellProblems.Count > 0)
            {
                // A cell that could not be read (the id's, too) is what is wrong with the row.
                Write(row);
                return null;
            }

            if (piped?.IsRow == true)
            {
                // What the row says the item is called names it in prompts even when it is not read first.
                row.KnownName = resource.NameField == null ? null : piped.ColumnText(resource.NameField);
                row.KnownKey = resource.Key == null ? null : piped.ColumnText(resource.Key.Field);
            }

            if (id < 1 || (id == null && string.IsNullOrEmpty(key)))
            {
                Refuse(row, id < 1
                    ? $"{id} is no {resource.Singular} id: ids start at 1"
                    : $"it names no {resource.Singular}: give an id{(resource.Key != null ? " or " + Article(resource.Key.Noun) + " " + resource.Key.Noun : string.Empty)}");
                return null;
            }

            if (row.Key != null && resource.Key!.Problem(row.Key) is string wrongKey)
            {
                Refuse(row, wrongKey);
                return null;
            }

            return row;
        }

        /// <summary>What the current piped object names, or null when nothing was piped.</summary>
        internal PipedObject? Piped => _piped;

        /// <summary>The object the row came from, or null for parameters given on the command line.</summary>
        internal object? RowInput => TakesInput ? (object?)InputObject : null;

        /// <summary>Text piped in as it is (a name for New- cmdlets), not a row.</summary>
        internal string? PipedText => TakesInput && InputObject?.BaseObject is string text && text.Trim().Length > 0 ? text.Trim() : null;

        /// <summary>The piped object's value for a field as the store sent it, when it is an object read by a Get cmdlet.</summary>
        internal bool TryGetAsRead(string parameter, string field, out object? asRead)
        {
            asRead = null;
            return Action == WriteAction.Update && !GivenByName(parameter) && ReadValues.TryGet(InputObject, field, out asRead);
        }

        /// <summary>A row of a nested resource piped through its parent's cmdlet (a variation into Set-WooProduct) names it in its parent.</summary>
        private static WooResource ResourceOfRow(WooResource resource, PipedObject? piped) =>
            resource.Child is WooResource child && piped?.VariationOf is long parent ? child.Of(parent) : resource;

        /// <summary>A row came in: piped, or given to -InputObject by name.</summary>
        private bool TakesInput => MyInvocation.ExpectingInput || GivenByName(nameof(InputObject));

        /// <summary>
        /// An error ends the command (-ErrorAction Stop, or $ErrorActionPreference): then no row waits for a fuller
        /// batch, since an error on a later row would end the command before the waiting rows were sent.
        /// </summary>
        private bool StopsAtFirstError =>
            (MyInvocation.BoundParameters.TryGetValue("ErrorAction", out object? given) ? given : SessionState.PSVariable.GetValue("ErrorActionPreference")) is ActionPreference preference
            && preference == ActionPreference.Stop;

        /// <param name="last">No rows come after these: everything waiting is sent.</param>
        private void Flush(bool last)
        {
            WriteRun run = _run!;
            Run((queue, cancellation) => run.FlushAsync(new FlushHost(this, queue), last, cancellation));
            if (run.KeyRefused is WooApiException refused)
            {
                // Every row is told; the summary comes before the error that ends the command, which closes the streams.
                Finish();
                // Its rows and every row after it are told already; the rows of the refused request are its target.
                object[] rows = run.Rows.Where(row => row.Outcome == RowOutcome.Failed && row.Failure?.InnerException == refused).Select(row => row.Target).ToArray();
                var ending = new WooApiException(
                    refused.Code,
                    $"{MyInvocation.MyCommand.Name} ended: the store refused a request of it ({refused.StatusCode}: {refused.Message}), so no other was sent. Of {run.Rows.Count:N0} rows: {WriteTally.Of(run.Rows)}; each was told.",
                    refused.StatusCode,
                    refused) { Target = rows };
                ThrowTerminatingError(WooErrors.From(ending));
            }
        }

        /// <summary>Runs part of the command; when it ends the command early, the rows not yet told are told first.</summary>
        private void UntilTheEnd(Action part)
        {
            try
            {
                part();
            }
            catch (Exception ending) when (!_ended && _run != null)
            {
                // After Ctrl+C, or an error that stopped the pipeline, the streams take nothing more; the attempt
                // to write tells which.
                TellEnding(!StopRequested, StopRequested ? "it was stopped"
                    : Terminated is WooApiException failure ? $"it ended with an error: {failure.Message}"
                    : ending is PipelineStoppedException ? "the pipeline stopped: an error ended it, or a command after it (Select-Object -First) took no more"
                    : $"it ended with an error: {ending.Message}");
                throw;
            }
        }

        /// <summary>
        /// Tells how every row ended when the command ends early: rows sent and not answered are in doubt, rows
        /// never sent are not sent. While the pipeline can take it, as warnings (one per row not told yet, so
        /// -WarningVariable and a transcript have each) and the summary line; after Ctrl+C, on the host.
        /// </summary>
        private void TellEnding(bool canWrite, string why)
        {
            _ended = true;
            IReadOnlyList<WriteRow> untold = _run!.EndEarly();
            List<string> lines = EndingAccount(untold, why);
            WriteRun.MarkReported(untold);
            if (canWrite)
            {
                try
                {
                    lines.ForEach(WriteWarning);
                    WriteInformation(WriteTally.Summary(this, _run.Rows), new[] { "WooPS", "Summary" });
                    return;
                }
                catch (PipelineStoppedException)
                {
                    // The pipeline cannot take them after all: the host can.
                }
            }

            if (untold.Count == 0)
            {
                // Every row was told in the streams already.
                return;
            }

            try
            {
                lines.Add(WriteTally.Summary(this, _run.Rows));
                lines.ForEach(line => HostLines.Warn(Host, line));
            }
            catch (Exception)
            {
                // A host that cannot be written to any more: -OutcomeVariable still holds every row.
            }
        }

        private List<string> EndingAccount(IReadOnlyList<WriteRow> untold, string why)
        {
            var lines = new List<string>();
            if (untold.Count == 0)
            {
                return lines;
            }

            lines.Add($"{MyInvocation.MyCommand.Name} ended early ({why}): of {_run!.Rows.Count:N0} rows, {WriteTally.Of(_run.Rows)}. {(untold.Count == 1 ? "The row not told yet follows" : $"The {untold.Count:N0} rows not told yet follow")}{(OutcomeVariable == null ? string.Empty : $"; ${OutcomeVariable} holds every row with its input")}.");
            foreach (WriteRow row in untold)
            {
                string outcome = row.Failure?.Message ?? (row.Outcome == RowOutcome.Applied ? $"{row.Label}: applied" : $"{row.Label}: {row.Outcome.ToString().ToLowerInvariant()}");
                lines.Add($"Row {row.Number}: {outcome}");
            }

            if (untold.Any(row => row.Outcome == RowOutcome.InDoubt || row.Outcome == RowOutcome.NotSent))
            {
                lines.Add(PowerShellAdvice.AfterEarlyEnd(untold));
            }

            return lines;
        }

        /// <summary>ShouldProcess for a row with something to send: null to send it, else how it ended.</summary>
        private RowOutcome? Confirm(WriteRow row)
        {
            string change = row.Label + ": " + Operation(row);
            if (ShouldProcess(change, change + "?", MyInvocation.MyCommand.Name, out ShouldProcessReason reason))
            {
                return null;
            }

            return reason == ShouldProcessReason.WhatIf ? RowOutcome.Previewed : RowOutcome.Declined;
        }

        /// <summary>One row's outcome, in the streams.</summary>
        private void Tell(WriteRow row)
        {
            // Told once it is on its way: an error that stops the command here has told it.
            WriteRun.MarkReported(new[] { row });
            switch (row.Outcome)
            {
                case RowOutcome.Applied:
                    WriteVerboseLine($"{row.Label}: {Operation(row)}: done{(row.Note == null ? string.Empty : " (" + row.Note + ")")}.");
                    foreach (FieldChange kept in row.NotTaken)
                    {
                        WriteWarning($"{row.Label}: the store kept {kept.Name} = {ChangeText.Shown(kept.Was)}, not {ChangeText.Shown(kept.Value)}.{ChangeText.NotTakenAdvice(kept.Name)}");
                    }

                    TellIgnored(row);
                    if (WritesItems && row.Item is WooRecord item)
                    {
                        WriteObject(RecordConverter.ToPSObject(item, row.Plan!.Resource.TypeNameOf(item)));
                    }

                    break;
                case RowOutcome.Unchanged:
                    WriteVerboseLine($"{row.Label}: unchanged, {row.Note}.");
                    break;
                case RowOutcome.Failed:
                case RowOutcome.InDoubt:
                case RowOutcome.NotSent:
                    if (StopsAtFirstError && !_ended)
                    {
                        // This error ends the command (-ErrorAction Stop), and once it is written the streams take
                        // nothing more: every other row is told first.
                        TellEnding(canWrite: true, $"an error stopped it: {row.Failure!.Message}");
                    }

                    WriteError(WooErrors.From(row.Failure!));
                    break;
            }
        }

        /// <summary>Fields the store came back without (-Property keys it has no field for), once per field per command.</summary>
        private void TellIgnored(WriteRow row)
        {
            foreach (string field in row.Ignored.Where(_toldIgnored.Add))
            {
                string? meant = InputColumns.Nearest(row.Plan!.Resource.Fields.Writable.Select(rule => rule.Name), field);
                WriteWarning($"The store ignored {field}: {row.Label} came back without such a field, so nothing was written to it.{(meant != null ? $" Did you mean {meant}?" : string.Empty)}");
            }
        }

        private void TellUnusedColumns(PipedObject piped)
        {
            IReadOnlyList<string> unused = _columns!.NewlyUnused(piped);
            if (unused.Count > 0)
            {
                WriteWarning($"{MyInvocation.MyCommand.Name} takes no {(unused.Count == 1 ? "column" : "columns")} {string.Join(", ", unused)}: nothing is written from {(unused.Count == 1 ? "it" : "them")}.");
            }
        }

        /// <summary>
        /// The header line of a CSV file piped in as text (Get-Content feed.csv | …) ends the command: nothing of
        /// such a feed can be written, each line being taken for a key. (A data line fails as a key with a comma would.)
        /// </summary>
        private void RefuseCsvText(PipedObject piped)
        {
            if (!(piped.Text is string text) || text.IndexOfAny(new[] { ',', ';', '\t' }) < 0)
            {
                return;
            }

            string[] cells = text.Split(',', ';', '\t').Select(cell => cell.Trim().Trim('"')).ToArray();
            bool header = cells.All(cell => Resource.Fields.IsKnown(cell) || MyInvocation.MyCommand.Parameters.ContainsKey(cell) || cell.Equals("id", StringComparison.OrdinalIgnoreCase));
            if (header)
            {
                ThrowTerminatingError(WooErrors.From(new WooApiException(
                    WooErrorCodes.WrongInput,
                    $"'{text}' is the header line of a CSV file, piped in as text: {MyInvocation.MyCommand.Name} would take each line for one {Resource.Key?.Noun ?? "name"}.",
                    hint: "Read the file with Import-Csv, which makes a row of each line with its columns: Import-Csv feed.csv | " + MyInvocation.MyCommand.Name) { Target = text }));
            }
        }

        /// <summary>Warnings about the feed as a whole, once at the end: items named by several rows, amounts with more decimals than the store shows.</summary>
        private void TellFeedWarnings()
        {
            List<IReadOnlyList<WriteRow>> twice = _run!.ItemsNamedTwice.ToList();
            if (twice.Count > 0)
            {
                WriteWarning($"{twice.Count:N0} {(twice.Count == 1 ? "item is" : "items are")} named by more than one row; each was written in row order, so the last row wins, and a feed like this changes {(twice.Count == 1 ? "it" : "them")} back and forth on every run: "
                             + string.Join("; ", twice.Select(rows => $"{rows[rows.Count - 1].Label}: rows {string.Join(", ", rows.Select(row => row.Number))}")) + ".");
            }

            IReadOnlyList<ExcessDecimals> excess = _run.ExcessDecimals;
            if (excess.Count > 0)
            {
                WriteWarning($"{excess.Count:N0} {(excess.Count == 1 ? "amount has" : "amounts have")} more decimals than the store's {excess[0].Decimals}: WooCommerce keeps {(excess.Count == 1 ? "it" : "them")} as given and shows {(excess.Count == 1 ? "it" : "them")} rounded, and sums of {(excess.Count == 1 ? "it" : "them")} may differ by a cent. Round {(excess.Count == 1 ? "it" : "them")} first ([math]::Round($price, {excess[0].Decimals})): "
                             + string.Join("; ", excess.Select(amount => $"row {amount.Row.Number} {amount.Row.Label}: {amount.Field} = {ChangeText.Shown(amount.Value)}")) + ".");
            }
        }

        private static string Article(string noun) => "aeiouAEIOU".IndexOf(noun[0]) >= 0 && !noun.StartsWith("SKU", StringComparison.Ordinal) ? "an" : "a";

        /// <summary>The run's caller during one flush: confirms and tells on the pipeline thread, through the queue.</summary>
        private sealed class FlushHost : IWriteHost
        {
            private readonly WooWriteCmdlet _cmdlet;
            private readonly PipelineQueue _queue;

            public FlushHost(WooWriteCmdlet cmdlet, PipelineQueue queue)
            {
                _cmdlet = cmdlet;
                _queue = queue;
            }

            public IWooLog Log => _queue;

            public async Task<IReadOnlyList<RowOutcome?>> ConfirmAsync(IReadOnlyList<WriteRow> rows) =>
                rows.Count == 0 ? Array.Empty<RowOutcome?>() : await _queue.InvokeAsync(() => rows.Select(_cmdlet.Confirm).ToList()).ConfigureAwait(false);

            public Task ReportAsync(IReadOnlyList<WriteRow> rows) =>
                rows.Count == 0 ? Task.CompletedTask : _queue.InvokeAsync(() =>
                {
                    foreach (WriteRow row in rows)
                    {
                        _cmdlet.Tell(row);
                    }

                    return true;
                });
        }
    }
}
