using System.Collections.Generic;

namespace WooPS.Core.Resources
{
    public enum WriteAction
    {
        Create,
        Update,
        Delete,
    }

    /// <summary>
    /// One input row of a write: what to do, to which item (by id or SKU, in its collection), with which fields, and
    /// the input it came from, which its outcome names. Fields are sent under WooCommerce's names, as given; a field
    /// holding <see cref="TermNames"/> is resolved to term ids first.
    /// </summary>
    public sealed class WriteRow
    {
        public WriteRow(WriteAction action, WooResource collection, object? input)
        {
            Action = action;
            Collection = collection;
            Input = input;
        }

        public WriteAction Action { get; }

        /// <summary>Where the item lives; a SKU of a variation found through products moves the row to its variations.</summary>
        public WooResource Collection { get; }

        /// <summary>What the row came from (a CSV row, an object, the parameters): the target of its error.</summary>
        public object? Input { get; }

        public long? Id { get; set; }

        public string? Sku { get; set; }

        /// <summary>Delete for good, not to the trash (terms have no trash: always).</summary>
        public bool Force { get; set; }

        public List<KeyValuePair<string, object?>> Fields { get; } = new List<KeyValuePair<string, object?>>();

        /// <summary>"product 12", "product with SKU 'A-1'", "new product 'Tee'": the row in messages.</summary>
        public string Label
        {
            get
            {
                if (Id is long id)
                {
                    string sku = Sku != null && Action != WriteAction.Create ? $" (SKU '{Sku}')" : string.Empty;
                    return Collection.NameOf(id) + sku;
                }

                if (Action == WriteAction.Create)
                {
                    return $"new {Collection.Singular}" + (Field("name") is string name ? $" '{name}'" : Sku != null ? $" with SKU '{Sku}'" : string.Empty);
                }

                return Sku != null ? $"{Collection.Singular} with SKU '{Sku}'" : $"{Collection.Singular} without an id or SKU";
            }
        }

        public void Set(string name, object? value) => Fields.Add(new KeyValuePair<string, object?>(name, value));

        private object? Field(string name) => Fields.Find(field => field.Key == name).Value;
    }
}
