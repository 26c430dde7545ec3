using System;
using System.Collections.Generic;
using WooPS.Core.Json;

namespace WooPS.Core.Resources
{
    /// <summary>
    /// What one request to a batch route asks for: items to create (their fields), to update (their fields, <c>id</c>
    /// among them) and ids to delete. WooCommerce takes at most 100 items in all; more is refused whole (413).
    /// </summary>
    public sealed class BatchRequest
    {
        public const int MaxItems = 100;

        public List<IReadOnlyList<KeyValuePair<string, object?>>> Create { get; } = new List<IReadOnlyList<KeyValuePair<string, object?>>>();

        public List<IReadOnlyList<KeyValuePair<string, object?>>> Update { get; } = new List<IReadOnlyList<KeyValuePair<string, object?>>>();

        public List<long> Delete { get; } = new List<long>();

        public int Count => Create.Count + Update.Count + Delete.Count;

        private byte[]? _json;

        /// <summary>The request body, written once (the sections must not change after).</summary>
        internal byte[] ToJson() => _json ??= WriteJson();

        private byte[] WriteJson()
        {
            if (Count > MaxItems)
            {
                throw new ArgumentException($"A batch holds at most {MaxItems} items; this one has {Count}.");
            }

            var sections = new List<KeyValuePair<string, object?>>();
            Add(sections, "create", Create);
            Add(sections, "update", Update);
            Add(sections, "delete", Delete);
            return WooJsonWriter.Write(sections);
        }

        private static void Add<T>(List<KeyValuePair<string, object?>> sections, string name, List<T> items)
        {
            if (items.Count > 0)
            {
                sections.Add(new KeyValuePair<string, object?>(name, items));
            }
        }
    }
}
