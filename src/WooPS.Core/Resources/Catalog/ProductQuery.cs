using System.Collections.Generic;
using System.Globalization;
using WooPS.Core.Http;

namespace WooPS.Core.Resources.Catalog
{
    /// <summary>WooCommerce 10's product filters (products and variations).</summary>
    public sealed class ProductQuery : DatedListQuery
    {
        /// <summary>Exact SKUs; a product matching any of them is listed.</summary>
        public IReadOnlyList<string>? Sku { get; set; }

        /// <summary>any, future, trash, draft, pending, private or publish.</summary>
        public string? Status { get; set; }

        /// <summary>simple, grouped, external or variable.</summary>
        public string? Type { get; set; }

        /// <summary>A category id.</summary>
        public long? Category { get; set; }

        /// <summary>A tag id.</summary>
        public long? Tag { get; set; }

        /// <summary>instock, outofstock or onbackorder.</summary>
        public string? StockStatus { get; set; }

        public bool? OnSale { get; set; }

        public bool? Featured { get; set; }

        public decimal? MinPrice { get; set; }

        public decimal? MaxPrice { get; set; }

        public IReadOnlyList<long>? ParentId { get; set; }

        internal override void AddOwnFilters(WooRequest request)
        {
            Add(request, "sku", Sku == null ? null : string.Join(",", Sku));
            Add(request, "status", Status);
            Add(request, "type", Type);
            Add(request, "category", Category?.ToString(CultureInfo.InvariantCulture));
            Add(request, "tag", Tag?.ToString(CultureInfo.InvariantCulture));
            Add(request, "stock_status", StockStatus);
            Add(request, "on_sale", OnSale);
            Add(request, "featured", Featured);
            Add(request, "min_price", MinPrice);
            Add(request, "max_price", MaxPrice);
            Add(request, "parent", ParentId);
        }
    }
}
