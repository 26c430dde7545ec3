using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text.Json;
using WooPS.Core.Http;
using WooPS.Core.Json;
using WooPS.Core.Resources.Catalog;
using WooPS.Core.Resources.Coupons;
using WooPS.Core.Resources.Customers;
using WooPS.Core.Resources.Fields;
using WooPS.Core.Resources.Orders;

namespace WooPS.Core.Resources
{
    /// <summary>
    /// A wc/v3 collection, described once: where it lives (under its parent's item for nested collections), what its
    /// items are called and their PowerShell type name, whether WooCommerce pages it, the key other than the id by
    /// which people name its items (SKU, code, e-mail, or none), whether it has a trash and a batch route, its
    /// fields and their rules, and which text fields the store sends HTML-encoded. Everything the core does with a
    /// resource (get, list, look up, write, batch) works from this; adding an endpoint is adding a descriptor.
    /// </summary>
    public sealed class WooResource
    {
        private const string ParentSlot = "{parent}";

        // Term names pass WordPress's _wp_specialchars on the way in, so "Home & Garden" comes back "Home &amp; Garden"
        // (captures 57, 58), in the term itself and wherever a product names it.
        private static readonly string[] TermName = { "name" };
        private static readonly string[] TermsOfProduct = { "categories.name", "tags.name", "attributes.options", "attributes.option" };

        private static readonly List<WooResource> Known = new List<WooResource>();

        // Binding asks for every cell of every row: the answers are kept (the descriptors never change).
        private static readonly ConcurrentDictionary<string, FieldForm> Forms = new ConcurrentDictionary<string, FieldForm>(StringComparer.Ordinal);
        private static readonly ConcurrentDictionary<string, bool> Trimmed = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);

        private readonly string _route;
        private readonly Shape _shape;
        private readonly Lazy<FieldSet> _fields;

        private WooResource(string route, Shape shape, WooResource? parent = null, long? parentId = null, bool readAsAnswered = false)
        {
            _route = route;
            _shape = shape;
            _fields = shape.Fields;
            Parent = parent;
            ParentId = parentId;
            ReadAsAnswered = readAsAnswered;
        }

        /// <summary>Products; asked for by SKU or id through this route, a variation answers as itself (type "variation").</summary>
        public static WooResource Products { get; } = Register(new WooResource("products", new Shape("product", "products", "WooPS.Product", () => CatalogFields.Product)
        {
            EncodedText = TermsOfProduct, Key = NaturalKey.Sku, HasTrash = true, NameField = "name",
            KindOf = record => record["type"] as string == "variation" ? Variations : null, PlaceOf = PlaceOfCatalogItem, Child = () => Variations!,
        }));

        /// <summary>The variations of a variable product: <see cref="Of"/> names the product. Their SKUs are found through products.</summary>
        public static WooResource Variations { get; } = Register(new WooResource("products/" + ParentSlot + "/variations", new Shape("variation", "variations", "WooPS.ProductVariation", () => CatalogFields.Variation)
        {
            EncodedText = TermsOfProduct, Key = NaturalKey.Sku, HasTrash = true, NameField = "name", KeyLookup = () => Products, PlaceOf = PlaceOfCatalogItem,
        }, Products));

        public static WooResource Categories { get; } = Register(new WooResource("products/categories", new Shape("product category", "product categories", "WooPS.ProductCategory", () => CatalogFields.Category)
        {
            EncodedText = TermName, NameField = "name", UsedBy = "product",
        }));

        public static WooResource Tags { get; } = Register(new WooResource("products/tags", new Shape("product tag", "product tags", "WooPS.ProductTag", () => CatalogFields.Tag)
        {
            EncodedText = TermName, NameField = "name", UsedBy = "product",
        }));

        /// <summary>WooCommerce lists every attribute at once: no paging parameters, no paging headers.</summary>
        public static WooResource Attributes { get; } = Register(new WooResource("products/attributes", new Shape("product attribute", "product attributes", "WooPS.ProductAttribute", () => CatalogFields.Attribute)
        {
            EncodedText = TermName, NameField = "name", Paged = false,
        }));

        /// <summary>The terms of a global attribute: <see cref="Of"/> names the attribute.</summary>
        public static WooResource AttributeTerms { get; } = Register(new WooResource("products/attributes/" + ParentSlot + "/terms", new Shape("term", "terms", "WooPS.ProductAttributeTerm", () => CatalogFields.AttributeTerm)
        {
            EncodedText = TermName, NameField = "name", UsedBy = "product",
        }, Attributes));

        /// <summary>Coupons: named by code (stored lower-cased), moved to the trash unless forced (51c).</summary>
        public static WooResource Coupons { get; } = Register(new WooResource("coupons", new Shape("coupon", "coupons", "WooPS.Coupon", () => CouponFields.Coupon)
        {
            Key = NaturalKey.CouponCode, HasTrash = true,
        }));

        /// <summary>Customers: named by e-mail; no trash, a delete is for good (64e).</summary>
        public static WooResource Customers { get; } = Register(new WooResource("customers", new Shape("customer", "customers", "WooPS.Customer", () => CustomerFields.Customer)
        {
            Key = NaturalKey.Email, DeleteGuard = StaffAccounts.Guard,
        }));

        /// <summary>
        /// Orders: no key but their id; to the trash unless forced. Their lines are objects of their own type. Batch
        /// items skip the status check a single PUT makes (66e, 66f): statuses are checked against the store's own.
        /// </summary>
        public static WooResource Orders { get; } = Register(new WooResource("orders", new Shape("order", "orders", "WooPS.Order", () => OrderFields.Order)
        {
            HasTrash = true,
            Parts = new Dictionary<string, string>
            {
                ["line_items"] = "WooPS.OrderLineItem",
                ["tax_lines"] = "WooPS.OrderTaxLine",
                ["shipping_lines"] = "WooPS.OrderShippingLine",
                ["fee_lines"] = "WooPS.OrderFeeLine",
                ["coupon_lines"] = "WooPS.OrderCouponLine",
                ["refunds"] = "WooPS.OrderRefundLine",
            },
        }));

        /// <summary>
        /// An order's notes: its own, the store's (status changes, stock) and those e-mailed to the customer. No
        /// trash (49c), no batch route, not paged; a note does not name its order, so WooPS adds order_id.
        /// </summary>
        public static WooResource OrderNotes { get; } = Register(new WooResource("orders/" + ParentSlot + "/notes", new Shape("order note", "order notes", "WooPS.OrderNote", () => OrderFields.Note)
        {
            // System notes carry entities: "Handmade Tee 030 (RW-SIMPLE-030) 35&rarr;34" (49b).
            EncodedText = new[] { "note" }, HasBatch = false, Paged = false, ParentField = "order_id",
        }, Orders));

        /// <summary>An order's refunds (66g), read only here: making one can move money through the payment gateway.</summary>
        public static WooResource OrderRefunds { get; } = Register(new WooResource("orders/" + ParentSlot + "/refunds", new Shape("refund", "refunds", "WooPS.OrderRefund", () => OrderFields.Refund)
        {
            HasBatch = false, ParentField = "order_id",
            Parts = new Dictionary<string, string> { ["line_items"] = "WooPS.OrderLineItem" },
        }, Orders));

        /// <summary>What one item is called in messages, e.g. "product category".</summary>
        public string Singular => _shape.Singular;

        public string Plural => _shape.Plural;

        /// <summary>The PowerShell type name of the items, which picks their view.</summary>
        public string TypeName => _shape.TypeName;

        /// <summary>The collection this one lives in, for nested collections (a product's variations).</summary>
        public WooResource? Parent { get; }

        /// <summary>The parent item, once <see cref="Of"/> has named it.</summary>
        public long? ParentId { get; }

        internal bool Paged => _shape.Paged;

        /// <summary>
        /// The route is read as it answers (<see cref="At"/>): an answer that is one object is that one item, and only
        /// pages the store announces (X-WP-TotalPages) are asked for, since WooPS cannot know whether the route pages.
        /// </summary>
        internal bool ReadAsAnswered { get; }

        /// <summary>The field other than the id that names an item (SKU, code, e-mail), or null (terms: by id only).</summary>
        public NaturalKey? Key => _shape.Key;

        /// <summary>Deleting moves an item to the trash unless forced (products, variations, coupons); elsewhere a delete is for good.</summary>
        public bool HasTrash => _shape.HasTrash;

        /// <summary>The collection has a <c>…/batch</c> route (order notes have none: each item is its own request).</summary>
        public bool HasBatch => _shape.HasBatch;

        /// <summary>The fields of the items: what may be written, in what form, and what the store fills in itself.</summary>
        public FieldSet Fields => _fields.Value;

        /// <summary>The field that names an item for people, besides its key (a product's name), or null.</summary>
        public string? NameField => _shape.NameField;

        /// <summary>What uses an item and loses it when it is deleted ("product", counted by the item's count), or null.</summary>
        public string? UsedBy => _shape.UsedBy;

        /// <summary>The items a delete must leave alone (staff accounts among the customers), or null.</summary>
        public DeleteGuard? DeleteGuard => _shape.DeleteGuard;

        /// <summary>
        /// The nested collection whose items can be named through this one (a variation through products, by
        /// its SKU or as a row carrying its product's id), or null.
        /// </summary>
        public WooResource? Child => _shape.Child?.Invoke();

        /// <summary>The collection whose list finds these items by their key: a variation's SKU is found through products (capture 56).</summary>
        public WooResource KeyLookup => _shape.KeyLookup?.Invoke() ?? (Parent == null || ParentId != null ? this : Unplaced());

        /// <summary>The type name of the objects a field of the items holds (an order's line items), or null for plain objects.</summary>
        public string? PartTypeName(string field) => _shape.Parts != null && _shape.Parts.TryGetValue(field, out string? typeName) ? typeName : null;

        /// <summary>The fields that place and name an item: asked for whatever else a lookup wants of it.</summary>
        internal IEnumerable<string> IdentityFields
        {
            get
            {
                yield return "id";
                if (Key != null)
                {
                    yield return Key.Field;
                }

                if (NameField != null)
                {
                    yield return NameField;
                }

                if (HasTrash)
                {
                    yield return "status";
                }

                if (_shape.PlaceOf != null)
                {
                    yield return "type";
                    yield return "parent_id";
                }

                if (UsedBy != null)
                {
                    yield return "count";
                }

                if (DeleteGuard != null)
                {
                    yield return DeleteGuard.Field;
                }
            }
        }

        /// <summary>"variation of product 12", "product": an item of this collection, in messages.</summary>
        public string Noun => Parent != null && ParentId is long parent ? $"{Singular} of {Parent.Singular} {Id(parent)}" : Singular;

        /// <summary>Every descriptor WooPS has, for binding and completion that know a type name.</summary>
        public static IReadOnlyList<WooResource> All => Known;

        /// <summary>
        /// The form of a field, wherever it is written: WooCommerce gives a field name one form in every resource
        /// (a date_* is a date, amount is money), so a parameter bound to it is read alike in every cmdlet.
        /// </summary>
        public static FieldForm FormOf(string field) => Forms.GetOrAdd(field, name =>
            Known.Select(resource => resource.Fields[name]).FirstOrDefault(rule => rule != null)?.Form ?? FieldForm.Text);

        /// <summary>Whether a field is trimmed as the store trims it (wc_clean): a choice or a key, in any resource.</summary>
        public static bool IsTrimmed(string field) => Trimmed.GetOrAdd(field, name =>
            Known.Any(resource => resource.Fields[name]?.Choices != null || resource.Key?.Field == name));

        /// <summary>The resource whose items have this PowerShell type name (a nested one unplaced), or null.</summary>
        public static WooResource? ByTypeName(string typeName) => Known.FirstOrDefault(resource => resource.TypeName == typeName);

        /// <summary>
        /// A collection at a route WooPS has no descriptor for (a plugin's, a report): no key, no trash, no batch
        /// route, no field rules; items keep the type name given. The route is relative to wc/v3, or, starting with a
        /// slash, to the REST root (<c>/myplugin/v1/things</c>).
        /// </summary>
        public static WooResource Custom(string route, string singular = "item", string plural = "items", string typeName = "WooPS.Item", bool paged = true) =>
            new WooResource(route.StartsWith("/", StringComparison.Ordinal) ? route.TrimEnd('/') : route.Trim('/'), new Shape(singular, plural, typeName, () => FieldSet.Unknown) { Paged = paged, HasBatch = false });

        /// <summary>
        /// The collection whose items a wc/v3 route answers with, found by the descriptors' routes: the collection's own
        /// route or one of its items' (<c>products</c>, <c>products/12</c>, <c>products/12/variations/15</c> → the variations
        /// of product 12, <c>coupons</c>); null for any other route (batches, reports, settings, another namespace's).
        /// </summary>
        /// <param name="route">A route relative to wc/v3, its segments as sent (<c>products/categories/9</c>).</param>
        public static WooResource? ForRoute(string route)
        {
            string[] asked = route.Trim('/').Split('/');
            foreach (WooResource resource in Known)
            {
                string[] template = resource._route.Split('/');
                if (asked.Length != template.Length && asked.Length != template.Length + 1)
                {
                    continue;
                }

                long? parent = null;
                bool matches = true;
                for (int i = 0; i < template.Length && matches; i++)
                {
                    if (template[i] == ParentSlot)
                    {
                        matches = long.TryParse(asked[i], NumberStyles.None, CultureInfo.InvariantCulture, out long id);
                        parent = id;
                    }
                    else
                    {
                        matches = string.Equals(template[i], asked[i], StringComparison.OrdinalIgnoreCase);
                    }
                }

                // An item's route: the collection's and a numeric id.
                if (matches && (asked.Length == template.Length || long.TryParse(asked[template.Length], NumberStyles.None, CultureInfo.InvariantCulture, out _)))
                {
                    return parent is long placed ? resource.Of(placed) : resource;
                }
            }

            return null;
        }

        /// <summary>
        /// Items of this collection as another route of it answers with them (an item's route, a nested one), read as
        /// they come: see <see cref="ReadAsAnswered"/>. Their type names, field rules and decoding stay this collection's.
        /// </summary>
        /// <param name="route">Relative to wc/v3, or starting with a slash, to the REST root.</param>
        internal WooResource At(string route) => new WooResource(route, _shape, readAsAnswered: true);

        /// <summary>"variation 267 of product 266", "product 12": one item, in messages.</summary>
        public string NameOf(long id) =>
            Parent != null && ParentId is long parent ? $"{Singular} {Id(id)} of {Parent.Singular} {Id(parent)}" : $"{Singular} {Id(id)}";

        /// <summary>
        /// "product 12 'Blue Tee' (SKU 'TEE-B')", "coupon 2108 'summer10'": one item as people know it, from what
        /// the store sent of it (its name and key, when they were read).
        /// </summary>
        /// <param name="key">The key when the item was not read (the row gives it).</param>
        /// <param name="knownName">The name when the item was not read (a piped object has it).</param>
        public string LabelOf(long id, WooRecord? item, string? key = null, string? knownName = null)
        {
            string? name = NameField != null && item?[NameField] is string named && named.Length > 0 ? named : item == null ? knownName : null;
            string? keyValue = (item == null || Key == null ? null : Key.ValueOf(item)) ?? key;
            // Where items have no name of their own (coupons, customers), their key is what people call them.
            string shown = name != null ? $" '{name}'" + (keyValue == null ? string.Empty : $" ({Key!.Noun} '{keyValue}')")
                : keyValue != null ? $" '{keyValue}'"
                : string.Empty;
            string trash = HasTrash && item?["status"] as string == "trash" ? " (in the trash)" : string.Empty;
            return NameOf(id) + shown + trash;
        }

        /// <summary>
        /// The collection a record read through this one lives in: found by SKU or id, a variation belongs to its
        /// product's variations and a product to products, whichever collection it was asked through.
        /// </summary>
        internal WooResource CollectionOf(WooRecord record) => _shape.PlaceOf?.Invoke(record, this) ?? this;

        internal string Route => Parent == null
            ? _route
            : _route.Replace(ParentSlot, Id(ParentId ?? throw new InvalidOperationException($"The {Plural} of which {Parent.Singular}? No parent id was given.")));

        internal string BatchRoute => HasBatch ? Route + "/batch" : throw new InvalidOperationException($"{Plural} have no batch route.");

        /// <summary>The same nested collection, inside one parent item.</summary>
        public WooResource Of(long parentId) =>
            Parent == null
                ? throw new InvalidOperationException($"{Plural} do not live inside another item.")
                : new WooResource(_route, _shape, Parent, parentId);

        internal string ItemRoute(long id) => Route + "/" + Id(id);

        /// <summary>The type name for one item: a products answer can hold variations, which keep their own.</summary>
        public string TypeNameOf(WooRecord record) => (_shape.KindOf?.Invoke(record) ?? this).TypeName;

        /// <summary>
        /// The items of a list answer, decoded, and what could not be read of it (items that are not objects); an
        /// answer that is no list at all is an error naming the request.
        /// </summary>
        internal (List<WooRecord> Records, List<string> Unreadable) ReadList(WooResponse answer)
        {
            JsonElement root = answer.Json.RootElement;
            if (root.ValueKind == JsonValueKind.Object && ReadAsAnswered)
            {
                return (new List<WooRecord> { Decode(WooJson.ToRecord(root)) }, new List<string>());
            }

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
            foreach (string path in _shape.EncodedText)
            {
                DecodeAt(record, path.Split('.'), 0);
            }

            if (_shape.ParentField != null && ParentId is long parent && !record.TryGet(_shape.ParentField, out _))
            {
                // The item does not say whose it is: piped on, it must still name its parent.
                record.Add(_shape.ParentField, parent);
            }

            return record;
        }

        public override string ToString() => Parent != null && ParentId == null ? _route : Route;

        /// <summary>Found by SKU or id through either route, a variation lives in its product's variations, a product in products.</summary>
        private static WooResource? PlaceOfCatalogItem(WooRecord record, WooResource askedThrough) =>
            !(record["type"] is string type) ? null
            : type != "variation" ? Products
            : record["parent_id"] is long parent && parent > 0 ? Variations.Of(parent)
            : askedThrough;

        private static WooResource Register(WooResource resource)
        {
            Known.Add(resource);
            return resource;
        }

        private WooResource Unplaced() => throw new InvalidOperationException($"The {Plural} of which {Parent!.Singular}? No parent id was given.");

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

        /// <summary>What a collection is, shared by all its nested instances (each product's variations).</summary>
        private sealed class Shape
        {
            public Shape(string singular, string plural, string typeName, Func<FieldSet> fields)
            {
                Singular = singular;
                Plural = plural;
                TypeName = typeName;
                Fields = new Lazy<FieldSet>(fields);
            }

            public string Singular { get; }

            public string Plural { get; }

            public string TypeName { get; }

            // Built on first use: the rules of one resource name others (a product's categories), declared after it.
            public Lazy<FieldSet> Fields { get; }

            public IReadOnlyList<string> EncodedText { get; set; } = Array.Empty<string>();

            public bool Paged { get; set; } = true;

            public NaturalKey? Key { get; set; }

            public bool HasTrash { get; set; }

            public bool HasBatch { get; set; } = true;

            public string? NameField { get; set; }

            public string? UsedBy { get; set; }

            public DeleteGuard? DeleteGuard { get; set; }

            public Func<WooResource>? KeyLookup { get; set; }

            public Func<WooResource>? Child { get; set; }

            public Func<WooRecord, WooResource?>? KindOf { get; set; }

            public Func<WooRecord, WooResource, WooResource?>? PlaceOf { get; set; }

            public string? ParentField { get; set; }

            public IReadOnlyDictionary<string, string>? Parts { get; set; }
        }
    }
}
