namespace WooPS.Core.Resources.Lookups
{
    /// <summary>An item asked for by id, or by its natural key (SKU, code, e-mail), in a collection.</summary>
    public sealed class ItemKey
    {
        private ItemKey(WooResource resource, long? id, string? key)
        {
            Resource = resource;
            Id = id;
            Key = key;
        }

        public WooResource Resource { get; }

        public long? Id { get; }

        /// <summary>The value of the resource's natural key (<see cref="WooResource.Key"/>), trimmed.</summary>
        public string? Key { get; }

        /// <summary>What the key names, for errors: the id or the key's value.</summary>
        public object Target => (object?)Id ?? Key!;

        public static ItemKey ById(WooResource resource, long id) => new ItemKey(resource, id, null);

        /// <summary>By the resource's natural key; a variation's SKU is found through products (capture 56).</summary>
        public static ItemKey ByKey(WooResource resource, string key) => new ItemKey(resource, null, key.Trim());

        /// <summary>"product 12", "product with the SKU 'A-1'": the key in messages.</summary>
        public override string ToString() =>
            Id is long id ? Resource.NameOf(id) : $"{Resource.Singular} with {Resource.Key!.Describe(Key!)}";
    }
}
