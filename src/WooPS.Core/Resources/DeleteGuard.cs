using System;
using WooPS.Core.Json;

namespace WooPS.Core.Resources
{
    /// <summary>
    /// Items a collection reaches but that its delete must leave alone, told by one field the delete reads: the
    /// customers route reaches every WordPress user, staff accounts included, and a "leavers" feed must not delete
    /// the administrator whose key runs it.
    /// </summary>
    public sealed class DeleteGuard
    {
        private readonly Func<object?, string?> _refusal;

        /// <param name="field">The field that tells (a user's role).</param>
        /// <param name="refusal">Why an item with that value must not be deleted, or null when it may.</param>
        public DeleteGuard(string field, Func<object?, string?> refusal)
        {
            Field = field;
            _refusal = refusal;
        }

        public string Field { get; }

        /// <summary>Why this item must not be deleted, or null; an item read without the field is not judged.</summary>
        public string? Refusal(WooRecord item) => item.TryGet(Field, out object? value) ? _refusal(value) : null;
    }
}
