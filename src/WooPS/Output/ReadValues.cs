using System.Management.Automation;

namespace WooPS.Output
{
    /// <summary>
    /// What the fields of a WooPS object held when the store sent it, for the fields a write can take back. Piping
    /// an object back into Set- then sends only the fields changed since it was read: stale values (a stock level
    /// an order has since lowered) are not written back. Each such field is a note property that remembers its
    /// first value, so nothing is kept beside the object.
    /// </summary>
    internal static class ReadValues
    {
        /// <summary>The property for a field of a record as read: one that remembers the value where a write may take it back.</summary>
        public static PSNoteProperty Property(string field, object? value, bool writable) =>
            writable ? new AsReadProperty(field, value) : new PSNoteProperty(field, value);

        /// <summary>The value the field had when <paramref name="item"/> was read, if it is an object as read from the store.</summary>
        public static bool TryGet(PSObject? item, string field, out object? value)
        {
            bool asRead = item?.Properties[field] is AsReadProperty;
            value = asRead ? ((AsReadProperty)item!.Properties[field]).Read : null;
            return asRead;
        }

        private sealed class AsReadProperty : PSNoteProperty
        {
            public AsReadProperty(string name, object? value)
                : base(name, value)
            {
                Read = value;
            }

            /// <summary>The value the store sent; <see cref="PSNoteProperty.Value"/> is what it holds now.</summary>
            public object? Read { get; }

            public override PSMemberInfo Copy() => new AsReadProperty(Name, Read) { Value = Value };
        }
    }
}
