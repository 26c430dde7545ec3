using System.Collections.Generic;
using System.Linq;
using WooPS.Core.Json;

namespace WooPS.Core.Resources.Writes
{
    /// <summary>
    /// One input row of a write and its fate: what to do, to which item (by id or natural key, in its resource),
    /// with which fields, and the input it came from, which its outcome names; then, as the write goes on, the item
    /// found (<see cref="Plan"/>) and how the row ended (<see cref="Outcome"/>, with the item as the store left it
    /// or the failure). It is the record a script reads afterwards, whatever the ending.
    /// </summary>
    public sealed class WriteRow
    {
        private readonly List<FieldValue> _fields = new List<FieldValue>();

        public WriteRow(WriteAction action, WooResource resource, object? input)
        {
            Action = action;
            Resource = resource;
            Input = input;
        }

        public WriteAction Action { get; }

        /// <summary>Where the item lives, as the row names it; a SKU of a variation found through products is placed by <see cref="Plan"/>.</summary>
        public WooResource Resource { get; }

        /// <summary>What the row came from (a CSV row, an object, a hashtable; null for parameters): the target of its error.</summary>
        public object? Input { get; }

        public long? Id { get; set; }

        /// <summary>The natural key (SKU, code, e-mail) naming an existing item, when it is not named by id.</summary>
        public string? Key { get; set; }

        /// <summary>What the input calls the item (a piped object's name), for messages until the store is read.</summary>
        public string? KnownName { get; set; }

        /// <summary>The item's key as the input has it (a piped object's SKU), for messages until the store is read.</summary>
        public string? KnownKey { get; set; }

        /// <summary>Delete for good, not to the trash (where there is none: always).</summary>
        public bool Force { get; set; }

        public IReadOnlyList<FieldValue> Fields => _fields;

        /// <summary>1, 2, …: the row's place in the input, in messages that name several rows.</summary>
        public int Number { get; internal set; }

        public RowOutcome Outcome { get; private set; }

        /// <summary>The item found and the fields to change, once the row is prepared.</summary>
        public WritePlan? Plan { get; internal set; }

        /// <summary>The item as the store left it (applied), or as it was (a delete).</summary>
        public WooRecord? Item { get; private set; }

        /// <summary>Why the row failed, is in doubt or was not sent.</summary>
        public WooApiException? Failure { get; private set; }

        /// <summary>Fields sent that the item came back with another value (WooCommerce drops some without an error).</summary>
        public IReadOnlyList<FieldChange> NotTaken { get; private set; } = new FieldChange[0];

        /// <summary>Fields sent that the item came back without: the store has no such field.</summary>
        public IReadOnlyList<string> Ignored { get; private set; } = new string[0];

        /// <summary>How the outcome was learnt, when not from the answer itself ("its answer was lost; found by its SKU").</summary>
        public string? Note { get; private set; }

        /// <summary>The row's request went to the store (its answer may have been lost).</summary>
        internal bool Sent { get; set; }

        /// <summary>The outcome was handed to the caller.</summary>
        internal bool Reported { get; set; }

        /// <summary>"product 12 'Tee' (SKU 'A-1')", "product with the SKU 'A-1'", "new product 'Tee'", "new order note of order 59": the row in messages.</summary>
        public string Label => Plan?.Label ?? InputLabel;

        /// <summary>The row as given, before anything was found.</summary>
        public string InputLabel
        {
            get
            {
                if (Id is long id)
                {
                    return Resource.LabelOf(id, null, KeyAsKnown, KnownName);
                }

                if (Action == WriteAction.Create)
                {
                    string? named = Resource.NameField != null ? Field(Resource.NameField) as string : null;
                    string? key = Resource.Key != null ? Field(Resource.Key.Field) as string : null;
                    return $"new {Resource.Noun}" + (named != null ? $" '{named}'" : key != null ? $" with {Resource.Key!.Describe(key)}" : string.Empty);
                }

                return Key != null && Resource.Key != null ? $"{Resource.Singular} with {Resource.Key.Describe(Key)}" : $"{Resource.Singular} without an id{(Resource.Key != null ? " or " + Resource.Key.Noun : string.Empty)}";
            }
        }

        /// <summary>
        /// The key the item has now, as far as the row tells it: not one the row may give it anew. A row named by id
        /// that writes its key (an e-mail column beside the id) may be changing it, so its cell names nothing; an
        /// object piped back as read (Get-WooCustomer | Set-WooCustomer) had the key it was read with.
        /// </summary>
        internal string? KeyAsKnown
        {
            get
            {
                FieldValue? written = Resource.Key == null ? null : _fields.FirstOrDefault(given => given.Name == Resource.Key.Field);
                return Key ?? (written == null ? KnownKey : written.WasRead ? written.AsRead as string : null);
            }
        }

        /// <summary>What the row names, for its errors: the input it came from, else its label.</summary>
        public object Target => Input ?? Label;

        public void Set(string name, object? value) => _fields.Add(new FieldValue(name, value));

        public void Set(FieldValue field) => _fields.Add(field);

        public bool Gives(string name) => _fields.Any(field => field.Name == name);

        internal object? Field(string name) => _fields.Find(field => field.Name == name)?.Value;

        internal void Applied(WooRecord? item, IReadOnlyList<FieldChange>? notTaken = null, IReadOnlyList<string>? ignored = null, string? note = null)
        {
            End(RowOutcome.Applied, null);
            Item = item;
            NotTaken = notTaken ?? NotTaken;
            Ignored = ignored ?? Ignored;
            Note = note;
        }

        internal void Unchanged(string note)
        {
            End(RowOutcome.Unchanged, null);
            Note = note;
        }

        internal void End(RowOutcome outcome, WooApiException? failure)
        {
            Outcome = outcome;
            Failure = failure;
        }

        public override string ToString() => $"row {Number}: {Label}: {Outcome}";
    }

    /// <summary>What a prepared row will do: to which item (its resource and id, as the store had it when read), with which changes.</summary>
    public sealed class WritePlan
    {
        internal WritePlan(WooResource resource, long? id, WooRecord? current, IReadOnlyList<FieldChange> changes, string label)
        {
            Resource = resource;
            Id = id;
            Current = current;
            Changes = changes;
            Label = label;
        }

        /// <summary>Where the item lives (a variation found by SKU: its product's variations).</summary>
        public WooResource Resource { get; }

        public long? Id { get; }

        /// <summary>The item as the store had it, when it was read (rows by key, deletes, and every row compared).</summary>
        public WooRecord? Current { get; }

        /// <summary>The fields to send; for an update with -SkipUnchanged, only those that differ.</summary>
        public IReadOnlyList<FieldChange> Changes { get; }

        public string Label { get; }
    }
}
