using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using WooPS.Core.Json;
using WooPS.Core.Resources.Fields;
using WooPS.Core.Resources.Lookups;

namespace WooPS.Core.Resources.Writes
{
    /// <summary>
    /// Makes the rows of a window ready to send: finds what they name (keys 100 to a request where the store
    /// allows it, the trash searched too; deletes and compared updates read), resolves names of other items,
    /// checks every value as WooCommerce's schema would (batch items skip those checks, capture 53) and, when
    /// asked, keeps only the fields that differ. A row that cannot be written, or has nothing to change, ends here.
    /// </summary>
    internal sealed class WritePreparation
    {
        private readonly ResourceApi _api;
        private readonly bool _onlyChanges;

        public WritePreparation(ResourceApi api, bool onlyChanges)
        {
            _api = api;
            _onlyChanges = onlyChanges;
        }

        /// <param name="pending">Unanswered rows of earlier windows, whose fields are always sent again.</param>
        /// <param name="excessDecimals">Collects amounts with more decimals than the store shows.</param>
        public async Task PrepareAsync(IReadOnlyList<WriteRow> rows, PendingWrites pending, List<ExcessDecimals> excessDecimals, IWooLog log, CancellationToken cancellationToken)
        {
            ReferenceResolver references = await ReferenceResolver.ReadAsync(_api, rows, log, cancellationToken).ConfigureAwait(false);

            var reads = new List<(WriteRow Row, ItemKey Key)>();
            foreach (WriteRow row in rows)
            {
                if (KeyToRead(row) is ItemKey key)
                {
                    reads.Add((row, key));
                }
            }

            // Only the fields the rows write are compared or shown: the rest of each item is not fetched.
            var fields = new HashSet<string>(rows.SelectMany(row => row.Fields.Where(field => row.Resource.Fields[field.Name]?.WriteOnly != true).Select(field => field.Name)));
            // A date is compared through its UTC twin when it is given with its zone.
            fields.UnionWith(fields.Where(name => WooResource.FormOf(name) == FieldForm.Date).Select(name => name + "_gmt").ToList());
            IReadOnlyList<FoundItem> found = await _api.Items.FindAsync(
                reads.ConvertAll(read => read.Key), log, cancellationToken, new LookupOptions { ToEdit = true, Fields = fields, InTrashToo = true }).ConfigureAwait(false);
            var foundFor = new Dictionary<WriteRow, FoundItem>();
            for (int index = 0; index < reads.Count; index++)
            {
                foundFor[reads[index].Row] = found[index];
            }

            int? decimals = rows.Any(row => row.Fields.Any(field => row.Resource.Fields[field.Name]?.Form == FieldForm.Amount))
                ? await _api.Settings.PriceDecimalsAsync(log, cancellationToken).ConfigureAwait(false)
                : null;
            var storeChoices = new Dictionary<FieldRule, IReadOnlyList<string>?>();
            foreach (FieldRule rule in rows.SelectMany(row => row.Fields.Select(field => row.Resource.Fields[field.Name])).Where(rule => rule?.ChoicesFrom != null).Distinct()!)
            {
                storeChoices[rule] = await _api.Settings.ChoicesAsync(rule.ChoicesFrom!, log, cancellationToken).ConfigureAwait(false);
            }

            foreach (WriteRow row in rows)
            {
                Prepare(row, foundFor.TryGetValue(row, out FoundItem? item) ? item : null, references, pending, decimals, storeChoices, excessDecimals);
                if (row.Outcome == RowOutcome.Pending && row.Plan!.Changes.Count > 0)
                {
                    pending.Add(row);
                }
            }
        }

        /// <summary>What must be read to write the row: the item behind a key, every item deleted, and with a comparison every item updated.</summary>
        private ItemKey? KeyToRead(WriteRow row)
        {
            if (row.Action == WriteAction.Create || (row.Id == null && row.Key == null))
            {
                return null;
            }

            if (row.Id is long id)
            {
                // A row with nothing to change is read too: it must still name an item that exists. A delete is
                // read to name the item in the prompt, and to tell one already in the trash.
                bool read = row.Action == WriteAction.Delete || _onlyChanges || row.Fields.Count == 0;
                bool placed = row.Resource.Parent == null || row.Resource.ParentId != null;
                return read && placed ? ItemKey.ById(row.Resource, id) : null;
            }

            return ItemKey.ByKey(row.Resource, row.Key!);
        }

        private void Prepare(WriteRow row, FoundItem? found, ReferenceResolver references, PendingWrites pending, int? decimals, Dictionary<FieldRule, IReadOnlyList<string>?> storeChoices, List<ExcessDecimals> excessDecimals)
        {
            if (found?.Failure is WooApiException missing)
            {
                // The lookup's message names the id or key already.
                WriteFailures.NotFound(row, missing);
                return;
            }

            WooRecord? current = found?.Item;
            WooResource resource = current == null ? row.Resource : row.Resource.CollectionOf(current);
            long? id = row.Id ?? current?.Id;
            string label = id is long known ? resource.LabelOf(known, current, row.KeyAsKnown, row.KnownName) : row.InputLabel;
            row.Plan = new WritePlan(resource, id, current, Array.Empty<FieldChange>(), label);
            if (Misplaced(row, resource) is string wrongPlace)
            {
                WriteFailures.Refused(row, wrongPlace);
                return;
            }

            if (row.Action == WriteAction.Create && resource.Fields.RequiredOnCreate.FirstOrDefault(name => !(row.Field(name) is object given) || (given is string text && text.Trim().Length == 0)) is string absent)
            {
                WriteFailures.Refused(row, $"a new {resource.Singular} needs {Article(absent)} {absent}");
                return;
            }

            if (row.Action == WriteAction.Delete)
            {
                if (current != null && resource.DeleteGuard?.Refusal(current) is string guarded)
                {
                    WriteFailures.Refused(row, guarded);
                    return;
                }

                if (!row.Force && resource.HasTrash && current?["status"] as string == "trash")
                {
                    row.Unchanged("it is in the trash already");
                }

                return;
            }

            var changes = new List<FieldChange>();
            bool leftAsRead = false;
            foreach (FieldValue field in row.Fields)
            {
                FieldRule? rule = resource.Fields[field.Name];
                if (rule == null && row.Resource.Fields[field.Name] != null)
                {
                    // Named through another resource (a variation's SKU given to Set-WooProduct): its items lack the field.
                    WriteFailures.Refused(row, $"{Article(resource.Singular)} {resource.Singular} has no {field.Name}");
                    return;
                }

                if (rule?.CreateOnly == true && row.Action == WriteAction.Update)
                {
                    WriteFailures.Refused(row, $"{field.Name} can be given only when the {resource.Singular} is made");
                    return;
                }

                (object? value, WooApiException? unresolved) = references.Resolve(row, rule, field.Value);
                if (unresolved != null)
                {
                    row.End(RowOutcome.Failed, unresolved);
                    return;
                }

                (value, string? problem) = resource.Fields.Check(field.Name, value, rule != null && storeChoices.TryGetValue(rule, out IReadOnlyList<string>? choices) ? choices : null);
                if (problem == null && field.Name == resource.Key?.Field && value is string keyValue)
                {
                    problem = resource.Key.Problem(keyValue);
                    value = resource.Key.Normalize(keyValue);
                }

                if (problem != null)
                {
                    WriteFailures.Refused(row, problem);
                    return;
                }

                if (field.WasRead && FieldComparison.Same(field.Name, value, field.AsRead))
                {
                    // Not changed since the object was read: the store's value may be newer, and stays.
                    leftAsRead = true;
                    continue;
                }

                bool stored = current != null && current.TryGet(field.Name, out _);
                bool undecided = id is long item && pending.Writes(resource, item, field.Name);
                if (_onlyChanges && stored && !undecided && !(rule?.WriteOnly ?? false) && FieldComparison.SameAsItem(field.Name, value, current!))
                {
                    continue;
                }

                changes.Add(new FieldChange(field.Name, value, current, field));
                if (rule?.Form == FieldForm.Amount && decimals is int shown && DecimalsOf(value) > shown)
                {
                    excessDecimals.Add(new ExcessDecimals(row, field.Name, value!, shown));
                }
            }

            row.Plan = new WritePlan(resource, id, current, changes, label);
            if (row.Action == WriteAction.Update && changes.Count == 0)
            {
                row.Unchanged(row.Fields.Count == 0 ? "no field was given to change"
                    : leftAsRead && !_onlyChanges ? "no field was changed since it was read"
                    : "every field given has that value already");
            }
        }

        /// <summary>Why the item found cannot be the one meant: a variation's SKU given for a product of another kind, or the wrong product.</summary>
        private static string? Misplaced(WriteRow row, WooResource found)
        {
            if (row.Action == WriteAction.Create || row.Resource.Parent == null)
            {
                return null;
            }

            if (found.Parent == null)
            {
                return row.Id == null ? $"{row.Resource.Key!.Describe(row.Key!)} is a {found.Singular}'s, not a {row.Resource.Singular}'s" : $"it is a {found.Singular}, not a {row.Resource.Singular}";
            }

            if (found.ParentId == null)
            {
                return $"which {found.Parent.Singular}'s {found.Singular}? Name the {found.Parent.Singular}";
            }

            return row.Resource.ParentId is long meant && meant != found.ParentId
                ? $"{row.Resource.Key!.Describe(row.Key!)} is {found.Parent.Singular} {found.ParentId}'s, not {found.Parent.Singular} {meant}'s"
                : null;
        }

        private static int DecimalsOf(object? value)
        {
            decimal? amount = value is string text && decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out decimal parsed) ? parsed
                : value is IConvertible number && !(value is string) && !(value is bool) ? number.ToDecimal(CultureInfo.InvariantCulture)
                : (decimal?)null;
            if (amount == null)
            {
                return 0;
            }

            // decimal keeps trailing zeros ("12.50" has 2); they are no precision the store would lose.
            string digits = amount.Value.ToString(CultureInfo.InvariantCulture);
            int point = digits.IndexOf('.');
            return point < 0 ? 0 : digits.TrimEnd('0').Length - point - 1;
        }

        private static string Article(string field) => "aeiou".IndexOf(field[0]) >= 0 ? "an" : "a";
    }
}
