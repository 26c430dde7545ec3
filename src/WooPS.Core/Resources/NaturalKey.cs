using System;

namespace WooPS.Core.Resources
{
    /// <summary>
    /// A field other than the id by which people name an item, and which the store keeps unique: a product's SKU,
    /// a coupon's code, a customer's e-mail address. It says how the store is asked for items by it (how many
    /// values one request takes, and how items in the trash are found) and how two values compare.
    /// </summary>
    public sealed class NaturalKey
    {
        private NaturalKey(string field, string noun, WooErrorCode notFound, int perRequest, bool storedLowerCased, string? trashFilter)
        {
            Field = field;
            Noun = noun;
            NotFound = notFound;
            PerRequest = perRequest;
            StoredLowerCased = storedLowerCased;
            TrashFilter = trashFilter;
        }

        /// <summary>
        /// Products' and variations' SKUs: <c>sku=a,b</c> takes a list (capture 56) but leaves the trash out, where
        /// <c>sku=a&amp;status=trash</c> finds it (63c, 63d). MySQL compares them without regard to case.
        /// </summary>
        public static NaturalKey Sku { get; } = new NaturalKey("sku", "SKU", WooErrorCodes.SkuNotFound, ListQuery.MaxPageSize, storedLowerCased: false, trashFilter: "sku");

        /// <summary>
        /// Coupon codes, stored lower-cased (51b): <c>code=</c> takes one and never finds a coupon in the trash, not
        /// even with <c>status=trash</c> (65g, 65h); a search of the trash does (65j).
        /// </summary>
        public static NaturalKey CouponCode { get; } = new NaturalKey("code", "code", WooErrorCodes.CodeNotFound, 1, storedLowerCased: true, trashFilter: "search");

        /// <summary>Customers' e-mail addresses: <c>email=</c> takes one (64g); customers have no trash.</summary>
        public static NaturalKey Email { get; } = new NaturalKey("email", "e-mail address", WooErrorCodes.EmailNotFound, 1, storedLowerCased: false, trashFilter: null);

        /// <summary>The item's field and the list filter of the same name.</summary>
        public string Field { get; }

        /// <summary>"SKU", "code", "e-mail address": the key in messages.</summary>
        public string Noun { get; }

        /// <summary>The error for a value no item has.</summary>
        public WooErrorCode NotFound { get; }

        /// <summary>Values one list request can ask for (a comma list), 1 when the filter takes one.</summary>
        internal int PerRequest { get; }

        internal bool StoredLowerCased { get; }

        /// <summary>The filter that finds items in the trash together with <c>status=trash</c> (matched exactly afterwards), or null.</summary>
        internal string? TrashFilter { get; }

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
}
