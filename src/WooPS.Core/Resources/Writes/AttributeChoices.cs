using System.Collections.Generic;

namespace WooPS.Core.Resources.Writes
{
    /// <summary>
    /// A variation's attribute values as people write them, <c>Color = Blue</c>. WooCommerce matches a global
    /// attribute (pa_color) only by its id, and a product's own attribute by its name, silently skipping one it
    /// cannot match: before a write is sent each becomes <c>{"id":…,"option":…}</c> when a global attribute has
    /// that name or slug, else <c>{"name":…,"option":…}</c>.
    /// </summary>
    public sealed class AttributeChoices
    {
        public AttributeChoices(IReadOnlyList<KeyValuePair<string, string>> choices)
        {
            Choices = choices;
        }

        public IReadOnlyList<KeyValuePair<string, string>> Choices { get; }

        public override string ToString() => string.Join(", ", System.Linq.Enumerable.Select(Choices, choice => choice.Key + "=" + choice.Value));
    }
}
