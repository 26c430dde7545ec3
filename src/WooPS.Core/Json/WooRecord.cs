using System.Collections;
using System.Collections.Generic;

namespace WooPS.Core.Json
{
    /// <summary>
    /// One JSON object from WooCommerce with its fields in the store's order and under the store's names.
    /// Values are null, string, bool, long, decimal, double, <see cref="System.DateTime"/>,
    /// a nested <see cref="WooRecord"/> or an object[] of those.
    /// </summary>
    public sealed class WooRecord : IEnumerable<KeyValuePair<string, object?>>
    {
        private readonly List<KeyValuePair<string, object?>> _fields;

        internal WooRecord(int capacity)
        {
            _fields = new List<KeyValuePair<string, object?>>(capacity);
        }

        public int Count => _fields.Count;

        /// <summary>The record's <c>id</c>, when it has a numeric one.</summary>
        public long? Id => TryGet("id", out object? id) && id is long value ? value : null;

        public object? this[string name] => TryGet(name, out object? value) ? value : null;

        public bool TryGet(string name, out object? value)
        {
            foreach (KeyValuePair<string, object?> field in _fields)
            {
                if (field.Key == name)
                {
                    value = field.Value;
                    return true;
                }
            }

            value = null;
            return false;
        }

        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => _fields.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        internal void Add(string name, object? value) => _fields.Add(new KeyValuePair<string, object?>(name, value));

        /// <summary>Replaces the value of a field the record has.</summary>
        internal void Replace(string name, object? value)
        {
            int index = _fields.FindIndex(field => field.Key == name);
            if (index >= 0)
            {
                _fields[index] = new KeyValuePair<string, object?>(name, value);
            }
        }
    }
}
