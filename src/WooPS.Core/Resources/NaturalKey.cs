using System;
using System.Collections.Generic;

namespace WooPS.Core.Resources
{
    /// <summary>
    /// A field other than the id by which people name an item, and which the store keeps unique: a product's SKU,
    /// a coupon's code, a customer's e-mail address. It says how the store is asked for items by it (how many
    /// values one request takes, and how items in the trash are found) and how two values compare.
    /// </summary>
    public sealed class NaturalKey
    {
        private NaturalKey(string field, string noun, WooErrorCode notFound, int perRequest, bool storedLowerCased, params KeySearch[] searches)
        {
            Field = field;
            Noun = noun;
            NotFound = notFound;
            PerRequest = perRequest;
            StoredLowerCased = storedLowerCased;
            Searches = searches;
        }

        /// <summary>
        /// Products' and variations' SKUs: <c>sku=a,b</c> takes a list (capture 56) but leaves the trash out, where
        /// <c>sku=a&amp;status=trash</c> finds it (63c, 63d). MySQL compares them without regard to case.
        /// </summary>
        public static NaturalKey Sku { get; } = new NaturalKey("sku", "SKU", WooErrorCodes.SkuNotFound, ListQuery.MaxPageSize, storedLowerCased: false,
            new KeySearch("sku", "trash", inTrash: true));

        /// <summary>
        /// Coupon codes, stored lower-cased (51b): <c>code=</c> takes one and finds only a published coupon
        /// (wc_get_coupon_id_by_code), never one in the trash, not even with <c>status=trash</c> (65g, 65h). A
        /// search finds the others: of any status but the trash, and in the trash (65j).
        /// </summary>
        public static NaturalKey CouponCode { get; } = new NaturalKey("code", "code", WooErrorCodes.CodeNotFound, 1, storedLowerCased: true,
            new KeySearch("search", "any", inTrash: false), new KeySearch("search", "trash", inTrash: true));

        /// <summary>
        /// Customers' e-mail addresses: <c>email=</c> takes one (64g); customers have no trash. The list holds role
        /// customer only unless asked (50b, 50c): an e-mail names a user of any role.
        /// </summary>
        public static NaturalKey Email { get; } = new NaturalKey("email", "e-mail address", WooErrorCodes.EmailNotFound, 1, storedLowerCased: false) { Scope = new[] { ("role", "all") } };

        /// <summary>Filters every lookup by this key adds, so that no item the key can name is left out.</summary>
        internal IReadOnlyList<(string Name, string Value)> Scope { get; private set; } = Array.Empty<(string, string)>();

        /// <summary>The item's field and the list filter of the same name.</summary>
        public string Field { get; }

        /// <summary>"SKU", "code", "e-mail address": the key in messages.</summary>
        public string Noun { get; }

        /// <summary>The error for a value no item has.</summary>
        public WooErrorCode NotFound { get; }

        /// <summary>Values one list request can ask for (a comma list), 1 when the filter takes one.</summary>
        internal int PerRequest { get; }

        internal bool StoredLowerCased { get; }

        /// <summary>
        /// Where else to look, in order, for a value the key's own filter did not find: each a filter and a status,
        /// matched exactly afterwards. Those that search the trash are used only where the command can act on it.
        /// </summary>
        internal IReadOnlyList<KeySearch> Searches { get; }

        /// <summary>A value as the store keeps it: trimmed (wc_clean), lower-cased where the store lower-cases it.</summary>
        public string Normalize(string value) => StoredLowerCased ? value.Trim().ToLowerInvariant() : value.Trim();

        /// <summary>Whether two values name the same item (the store compares them without regard to case).</summary>
        public bool Same(string? one, string? other) =>
            one != null && other != null && string.Equals(one.Trim(), other.Trim(), StringComparison.OrdinalIgnoreCase);

        /// <summary>Why a value can never name an item, or null.</summary>
        public string? Problem(string value)
        {
            string trimmed = value.Trim();
            if (trimmed.Length == 0)
            {
                return $"an empty {Noun} names nothing";
            }

            // products?sku=a,b reads two SKUs: an item with this one could never be found by it again.
            if (PerRequest > 1 && trimmed.IndexOf(',') >= 0)
            {
                return $"a {Noun} cannot hold a comma ('{trimmed}')";
            }

            return Field == "email" && !Fields.FieldSet.IsEmail(trimmed) ? $"'{trimmed}' is no e-mail address" : null;
        }

        /// <summary>"the SKU 'A-1'": one value in messages.</summary>
        public string Describe(string value) => $"the {Noun} '{value}'";

        public override string ToString() => Field;

        /// <summary>The key of a record, when it has one.</summary>
        internal string? ValueOf(Json.WooRecord record) => record[Field] is string value && value.Length > 0 ? value : null;
    }

    /// <summary>A second search for a key's value: a list filter (the key's own, or search=) with a status.</summary>
    internal sealed class KeySearch
    {
        public KeySearch(string filter, string status, bool inTrash)
        {
            Filter = filter;
            Status = status;
            InTrash = inTrash;
        }

        public string Filter { get; }

        public string Status { get; }

        /// <summary>It looks in the trash: only for commands that can act on items there.</summary>
        public bool InTrash { get; }
    }
}
