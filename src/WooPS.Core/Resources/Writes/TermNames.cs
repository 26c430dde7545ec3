using System.Collections.Generic;

namespace WooPS.Core.Resources
{
    /// <summary>
    /// A field value naming terms as people do (ids, slugs or names), for a product's categories or tags: before a
    /// write is sent it becomes WooCommerce's <c>[{"id":…}]</c> (or the id alone, for a category's parent). A name
    /// no term has fails the row alone.
    /// </summary>
    public sealed class TermNames
    {
        public TermNames(WooResource taxonomy, IReadOnlyList<string> names)
        {
            Taxonomy = taxonomy;
            Names = names;
        }

        /// <summary>One term, sent as its id alone (a category's parent).</summary>
        public TermNames(WooResource taxonomy, string name)
            : this(taxonomy, new[] { name })
        {
            IsOne = true;
        }

        public bool IsOne { get; }

        public WooResource Taxonomy { get; }

        public IReadOnlyList<string> Names { get; }

        public override string ToString() => string.Join(", ", Names);
    }
}
