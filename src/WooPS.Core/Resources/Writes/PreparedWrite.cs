using System.Collections.Generic;
using WooPS.Core.Json;

namespace WooPS.Core.Resources
{
    /// <summary>A field a write changes: its name, the value to send and, when the item was read, the value it had.</summary>
    public sealed class FieldChange
    {
        internal FieldChange(string name, object? value, bool known, object? was)
        {
            Name = name;
            Value = value;
            WasKnown = known;
            Was = was;
        }

        public string Name { get; }

        public object? Value { get; }

        /// <summary>The item was read before, so <see cref="Was"/> is its value.</summary>
        public bool WasKnown { get; }

        public object? Was { get; }
    }

    /// <summary>
    /// A row made ready to send: the item it names found (its collection, a variation's under its product), the
    /// fields reduced to what changes, or why it cannot be written (an unknown SKU or term), or that nothing changes.
    /// </summary>
    public sealed class PreparedWrite
    {
        internal PreparedWrite(WriteRow row, WooResource resource, long? id, WooRecord? current, IReadOnlyList<FieldChange> changes, WooApiException? failure)
        {
            Row = row;
            Resource = resource;
            Id = id;
            Current = current;
            Changes = changes;
            Failure = failure;
        }

        public WriteRow Row { get; }

        public WooResource Resource { get; }

        public long? Id { get; }

        /// <summary>The item as the store had it, when it was read (SKU rows, and every row compared).</summary>
        public WooRecord? Current { get; }

        public IReadOnlyList<FieldChange> Changes { get; }

        public WooApiException? Failure { get; }

        /// <summary>An update whose every field already has the value given: nothing to send.</summary>
        public bool Unchanged => Failure == null && Row.Action == WriteAction.Update && Changes.Count == 0;

        /// <summary>What the row is about once resolved: "product 12 (SKU 'A-1')", "variation 267 of product 266 (SKU …)".</summary>
        public string Label
        {
            get
            {
                if (Id is long id && Failure == null)
                {
                    string sku = (Row.Sku ?? Current?["sku"] as string) is string known && known.Length > 0 ? $" (SKU '{known}')" : string.Empty;
                    return Resource.NameOf(id) + sku;
                }

                return Row.Label;
            }
        }
    }

    /// <summary>A row's one outcome: the item as the store left it, unchanged (nothing sent), or its error.</summary>
    public sealed class WriteOutcome
    {
        internal WriteOutcome(PreparedWrite write, WooRecord? item, WooApiException? failure, IReadOnlyList<FieldChange>? notTaken = null)
        {
            Write = write;
            Item = item;
            Failure = failure;
            NotTaken = notTaken ?? new FieldChange[0];
        }

        /// <summary>Fields sent that the item came back without (<see cref="FieldChange.Was"/> is what it has instead).</summary>
        public IReadOnlyList<FieldChange> NotTaken { get; }

        public PreparedWrite Write { get; }

        public WooRecord? Item { get; }

        public WooApiException? Failure { get; }

        public bool Unchanged => Failure == null && Item == null && Write.Unchanged;
    }
}
