using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net;
using System.Text.Json;
using WooPS.Core.Http;
using WooPS.Core.Json;

namespace WooPS.Core.Resources
{
    /// <summary>
    /// A wc/v3 collection, described once: where it lives (under its parent's item for nested collections), what its
    /// items are called, their PowerShell type name, whether WooCommerce pages it, and which of its text fields the
    /// store sends HTML-encoded. Everything the core does with a resource (get, list, write, batch, look up) works
    /// from this; adding an endpoint is adding a descriptor.
    /// </summary>
    public sealed class WooResource
    {
        private const string ParentSlot = "{parent}";

        // Term names pass WordPress's _wp_specialchars on the way in, so "Home & Garden" comes back "Home &amp; Garden"
        // (captures 57, 58), in the term itself and wherever a product names it.
        private static readonly string[] TermName = { "name" };
        private static readonly string[] TermsOfProduct = { "categories.name", "tags.name", "attributes.options", "attributes.option" };

        private readonly string _route;
        private readonly IReadOnlyList<string> _encodedText;
        private readonly Func<WooRecord, WooResource?>? _kindOf;

        private WooResource(string route, string singular, string plural, string typeName, IReadOnlyList<string> encodedText,
            bool paged = true, WooResource? parent = null, long? parentId = null, Func<WooRecord, WooResource?>? kindOf = null, bool hasSkus = false)
        {
            _route = route;
            Singular = singular;
            Plural = plural;
            TypeName = typeName;
            _encodedText = encodedText;
            Paged = paged;
            Parent = parent;
            ParentId = parentId;
            _kindOf = kindOf;
            HasSkus = hasSkus;
        }

        /// <summary>Products; asked for by SKU or id through this route, a variation answers as itself (type "variation").</summary>
        public static WooResource Products { get; } = new WooResource("products", "product", "products", "WooPS.Product", TermsOfProduct,
            kindOf: record => record["type"] as string == "variation" ? Variations : null, hasSkus: true);

        /// <summary>The variations of a variable product: <see cref="Of"/> names the product.</summary>
        public static WooResource Variations { get; } = new WooResource("products/" + ParentSlot + "/variations", "variation", "variations", "WooPS.ProductVariation", TermsOfProduct, parent: Products, hasSkus: true);

        public static WooResource Categories { get; } = new WooResource("products/categories", "product category", "product categories", "WooPS.ProductCategory", TermName);

        public static WooResource Tags { get; } = new WooResource("products/tags", "product tag", "product tags", "WooPS.ProductTag", TermName);

        /// <summary>WooCommerce lists every attribute at once: no paging parameters, no paging headers.</summary>
        public static WooResource Attributes { get; } = new WooResource("products/attributes", "product attribute", "product attributes", "WooPS.ProductAttribute", TermName, paged: false);

        /// <summary>The terms of a global attribute: <see cref="Of"/> names the attribute.</summary>
        public static WooResource AttributeTerms { get; } = new WooResource("products/attributes/" + ParentSlot + "/terms", "term", "terms", "WooPS.ProductAttributeTerm", TermName, parent: Attributes);

        /// <summary>What one item is called in messages, e.g. "product category".</summary>
        public string Singular { get; }

        public string Plural { get; }

        /// <summary>The PowerShell type name of the items, which picks their view.</summary>
        public string TypeName { get; }

        /// <summary>The collection this one lives in, for nested collections (a product's variations).</summary>
        public WooResource? Parent { get; }

        /// <summary>The parent item, once <see cref="Of"/> has named it.</summary>
        public long? ParentId { get; }

        internal bool Paged { get; }

        /// <summary>Items have SKUs (products and variations), by which they can be asked for.</summary>
        public bool HasSkus { get; }

        /// <summary>"variation of product 12", "product": an item of this collection, in messages.</summary>
        public string Noun => Parent != null && ParentId is long parent ? $"{Singular} of {Parent.Singular} {Id(parent)}" : Singular;

        /// <summary>"variation 267 of product 266", "product 12": one item, in messages.</summary>
        public string NameOf(long id) =>
            Parent != null && ParentId is long parent ? $"{Singular} {Id(id)} of {Parent.Singular} {Id(parent)}" : $"{Singular} {Id(id)}";

        /// <summary>WooCommerce moves deleted items to the trash unless forced (products and variations; terms have no trash).</summary>
        public bool HasTrash => HasSkus;

        /// <summary>
        /// The collection a record read through this one lives in: found by SKU or id, a variation belongs to its
        /// product's variations and a product to products, whichever collection it was asked through.
        /// </summary>
        internal WooResource CollectionOf(WooRecord record)
        {
            if (!HasSkus || !(record["type"] is string type))
            {
                return this;
            }

            return type == "variation" && record["parent_id"] is long parent && parent > 0 ? Variations.Of(parent) : type == "variation" ? this : Products;
        }

        internal string Route => Parent == null
            ? _route
            : _route.Replace(ParentSlot, Id(ParentId ?? throw new InvalidOperationException($"The {Plural} of which {Parent.Singular}? No parent id was given.")));

        internal string BatchRoute => Route + "/batch";

        /// <summary>The same nested collection, inside one parent item.</summary>
        public WooResource Of(long parentId) =>
            Parent == null
                ? throw new InvalidOperationException($"{Plural} do not live inside another item.")
                : new WooResource(_route, Singular, Plural, TypeName, _encodedText, Paged, Parent, parentId, _kindOf, HasSkus);

        internal string ItemRoute(long id) => Route + "/" + Id(id);

        /// <summary>The type name for one item: a products answer can hold variations, which keep their own.</summary>
        public string TypeNameOf(WooRecord record) => (_kindOf?.Invoke(record) ?? this).TypeName;

        /// <summary>
        /// The items of a list answer, decoded, and what could not be read of it (items that are not objects); an
        /// answer that is no list at all is an error naming the request.
        /// </summary>
        internal (List<WooRecord> Records, List<string> Unreadable) ReadList(WooResponse answer)
        {
            JsonElement root = answer.Json.RootElement;
            if (root.ValueKind != JsonValueKind.Array)
            {
                throw new WooApiException(WooErrorCodes.UnexpectedResponse, $"The store answered {answer.Shown} with {WooJson.Describe(root)}, not a list of {Plural}.", answer.Status);
            }

            (List<WooRecord> records, List<string> unreadable) = WooJson.ToRecords(root);
            return (records.ConvertAll(Decode), unreadable);
        }

        /// <summary>Puts text the store sent HTML-encoded back as it was written ("Home &amp;amp; Garden" → "Home &amp; Garden").</summary>
        internal WooRecord Decode(WooRecord record)
        {
            foreach (string path in _encodedText)
            {
                DecodeAt(record, path.Split('.'), 0);
            }

            return record;
        }

        public override string ToString() => Parent != null && ParentId == null ? _route : Route;

        private static void DecodeAt(WooRecord record, string[] path, int step)
        {
            if (!record.TryGet(path[step], out object? value))
            {
                return;
            }

            if (step == path.Length - 1)
            {
                if (IsEncoded(value))
                {
                    record.Replace(path[step], Decoded(value));
                }

                return;
            }

            foreach (WooRecord inner in Records(value))
            {
                DecodeAt(inner, path, step + 1);
            }
        }

        private static bool IsEncoded(object? value) =>
            value is string text ? text.IndexOf('&') >= 0 : value is object?[] items && Array.Exists(items, IsEncoded);

        private static object? Decoded(object? value)
        {
            switch (value)
            {
                case string text:
                    return WebUtility.HtmlDecode(text);
                case object?[] items:
                    return Array.ConvertAll(items, Decoded);
                default:
                    return value;
            }
        }

        private static IEnumerable<WooRecord> Records(object? value)
        {
            if (value is WooRecord single)
            {
                yield return single;
            }
            else if (value is object?[] items)
            {
                foreach (object? item in items)
                {
                    if (item is WooRecord record)
                    {
                        yield return record;
                    }
                }
            }
        }

        private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
    }
}
